import { InputError } from "./input-error.js";
import { MAX_JSON_DEPTH_ENV } from "./limits.js";

/**
 * Follows the nesting of JSON text fed to it in pieces (a whole text, or the chunks of a stream),
 * without recursion, and throws `InputError` at the line and column of the first object or array
 * opened past `maxDepth`. Brackets inside strings do not count.
 * @example
 * const depth = new JsonDepth("events.json", 256);
 * for (const chunk of chunks) depth.feed(chunk);
 */
export class JsonDepth {
  #depth = 0;
  #inString = false;
  #escaped = false;
  #line = 1;
  #column = 0;

  constructor(
    readonly shown: string,
    readonly maxDepth: number,
  ) {}

  /** Scans the next piece of the text. */
  feed(text: string): void {
    // The state is read into locals for the loop and written back after it: a private field read
    // and written for every character made this scan a tenth of a large file's load.
    let depth = this.#depth;
    let inString = this.#inString;
    let escaped = this.#escaped;
    let line = this.#line;
    let column = this.#column;
    const max = this.maxDepth;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        column = 0;
      } else column++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        if (++depth > max)
          throw new InputError(
            this.shown,
            `JSON nested deeper than ${max} levels of objects and arrays: flatten the document, or raise the limit with ${MAX_JSON_DEPTH_ENV}=<levels>`,
            { line, column },
          );
      } else if ((c === 125 || c === 93) && depth > 0) depth--;
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#escaped = escaped;
    this.#line = line;
    this.#column = column;
  }
}

/**
 * Checks that JSON text nests objects and arrays no deeper than `maxDepth`, in one pass over
 * the text and without recursion, so that nothing recursive (parsing, locating, schema checks)
 * ever meets a deeper document. Throws `InputError` at the line and column of the first bracket
 * past the limit.
 * @example
 * checkJsonDepth("[[[]]]", "x.json", 2); // throws: "x.json:1:3: JSON nested deeper than 2 levels: ..."
 */
export function checkJsonDepth(text: string, shown: string, maxDepth: number): void {
  new JsonDepth(shown, maxDepth).feed(text);
}
