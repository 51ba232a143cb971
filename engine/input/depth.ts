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
  /** Line and column of the last character fed (column 0 before any on a line). */
  #line = 1;
  #column = 0;

  constructor(
    readonly shown: string,
    readonly maxDepth: number,
  ) {}

  /** Scans the next piece of the text. */
  feed(text: string): void {
    // A string's contents cannot change the depth: they are skipped with indexOf to the next
    // quote, stopping at each backslash to step over the character it escapes. Outside strings
    // the text is read character by character, runs of spaces in a tight loop. Lines and columns
    // are counted only when a bracket is refused, and once per piece: counting them for each
    // character was a third of the scan.
    let depth = this.#depth;
    let inString = this.#inString;
    const max = this.maxDepth;
    const n = text.length;
    let i = 0;
    if (this.#escaped) {
      i = Math.min(1, n);
      this.#escaped = n === 0;
    }
    // The next quote and the next backslash at or after `i` in this piece (n when there is none),
    // each searched for again only once `i` has passed it.
    let quote = -1;
    let backslash = -1;
    while (i < n) {
      if (inString) {
        if (quote < i) {
          quote = text.indexOf('"', i);
          if (quote === -1) quote = n;
        }
        if (backslash < i) {
          backslash = text.indexOf("\\", i);
          if (backslash === -1) backslash = n;
        }
        if (backslash < quote) {
          // An escape: the backslash and the character after it, which may be in the next piece.
          if (backslash + 1 >= n) this.#escaped = true;
          i = backslash + 2;
        } else if (quote === n) i = n;
        else {
          inString = false;
          i = quote + 1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        if (++depth > max) {
          this.#advance(text, i);
          throw new InputError(
            this.shown,
            `JSON nested deeper than ${max} levels of objects and arrays: flatten the document, or raise the limit with ${MAX_JSON_DEPTH_ENV}=<levels>`,
            { line: this.#line, column: this.#column },
          );
        }
      } else if ((c === 125 || c === 93) && depth > 0) depth--;
      else if (c === 32 || c === 10) {
        // The indentation of a pretty-printed document, in one tight loop.
        while (text.charCodeAt(i + 1) === 32) i++;
      }
      i++;
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#advance(text, n - 1);
  }

  /** Moves the line and column on past `text` up to and including its character at `last`. */
  #advance(text: string, last: number): void {
    let newline = text.indexOf("\n");
    if (newline === -1 || newline > last) {
      this.#column += last + 1;
      return;
    }
    let lines = 0;
    let previous = -1;
    while (newline !== -1 && newline <= last) {
      lines++;
      previous = newline;
      newline = text.indexOf("\n", newline + 1);
    }
    this.#line += lines;
    this.#column = last - previous;
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
