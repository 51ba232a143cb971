import { InputError } from "./input-error.js";
import { MAX_JSON_DEPTH_ENV } from "./limits.js";

/**
 * Checks that JSON text nests objects and arrays no deeper than `maxDepth`, in one pass over
 * the text and without recursion, so that nothing recursive (parsing, locating, schema checks)
 * ever meets a deeper document. Brackets inside strings do not count. Throws `InputError` at
 * the line and column of the first bracket past the limit.
 * @example
 * checkJsonDepth("[[[]]]", "x.json", 2); // throws: "x.json:1:3: JSON nested deeper than 2 levels: ..."
 */
export function checkJsonDepth(text: string, shown: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      else if (c === 10) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth > maxDepth)
        throw new InputError(
          shown,
          `JSON nested deeper than ${maxDepth} levels of objects and arrays: flatten the document, or raise the limit with ${MAX_JSON_DEPTH_ENV}=<levels>`,
          { line, column: i - lineStart + 1 },
        );
    } else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
}
