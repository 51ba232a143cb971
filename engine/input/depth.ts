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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.#line++;
        this.#column = 0;
      } else this.#column++;
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (c === 92) this.#escaped = true;
        else if (c === 34) this.#inString = false;
      } else if (c === 34) this.#inString = true;
      else if (c === 123 || c === 91) {
        if (++this.#depth > this.maxDepth)
          throw new InputError(
            this.shown,
            `JSON nested deeper than ${this.maxDepth} levels of objects and arrays: flatten the document, or raise the limit with ${MAX_JSON_DEPTH_ENV}=<levels>`,
            { line: this.#line, column: this.#column },
          );
      } else if ((c === 125 || c === 93) && this.#depth > 0) this.#depth--;
    }
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
