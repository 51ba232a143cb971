import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonDepth, JsonDepth } from "../../engine/input/depth.js";
import { InputError } from "../../engine/input/input-error.js";
import { CI_SEED, propertyParams } from "../../engine/testing/index.js";

/**
 * The depth check read one character at a time, as the rule states it: a quote opens or closes
 * a string, a backslash in a string escapes the next character, an opening bracket outside
 * strings goes one level deeper (refused at its line and column past `max`), a closing one back.
 */
function readCharByChar(text: string, max: number): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let column = 0;
  for (const c of text.split("")) {
    if (c === "\n") {
      line++;
      column = 0;
    } else column++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > max) return { line, column };
    } else if ((c === "}" || c === "]") && depth > 0) depth--;
  }
  return null;
}

/** Where the check refuses the text fed in these pieces, or null when it takes it. */
function refusedAt(pieces: readonly string[], max: number): { line: number; column: number } | null {
  const depth = new JsonDepth("x.json", max);
  try {
    for (const piece of pieces) depth.feed(piece);
  } catch (e) {
    if (e instanceof InputError) return e.at;
    throw e;
  }
  return null;
}

/** Text made of what matters to the check (brackets, quotes, backslashes, newlines) and filler. */
const jsonishArb = fc
  .array(fc.constantFrom("{", "}", "[", "]", '"', "\\", "\n", "a", " ", ":", "é", "😀"), { maxLength: 80 })
  .map((cs) => cs.join(""));

/** The text cut at the given places, in order. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

describe("the JSON depth check", () => {
  it("refuses exactly where a character-by-character reading would, the text whole or in any pieces", () => {
    fc.assert(
      fc.property(jsonishArb, fc.integer({ min: 0, max: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (text, max, at) => {
        const expected = readCharByChar(text, max);
        expect(refusedAt([text], max)).toEqual(expected);
        expect(refusedAt(cut(text, at), max)).toEqual(expected);
        // and character by character, each escape split from what it escapes
        expect(refusedAt(text.split(""), max)).toEqual(expected);
      }),
      propertyParams({ seed: CI_SEED, numRuns: 2000 }),
    );
  });

  it("skips brackets in strings with escaped quotes, escaped backslashes before quotes and brackets", () => {
    // `"\\"` is a string holding one backslash: the quote after it closes the string.
    expect(() => checkJsonDepth(String.raw`["\\", [[1]]]`, "x.json", 2)).toThrow(/^x\.json:1:9: JSON nested deeper/);
    // `"\\\"[[["` holds a backslash, a quote and brackets: the string goes on past the quote.
    expect(() => checkJsonDepth(String.raw`["\\\"[[[", [1]]`, "x.json", 2)).not.toThrow();
    // `"a\"` does not end at its quote: the brackets after it are inside the string until the next quote.
    expect(() => checkJsonDepth(String.raw`["a\" [[[ ", 1]`, "x.json", 1)).not.toThrow();
    expect(() => checkJsonDepth('{"k": "}}}}", "l": [[["x"]]]}', "x.json", 3)).toThrow(/^x\.json:1:22:/);
  });

  it("counts lines and columns across pieces, a refused bracket's own piece included", () => {
    const depth = new JsonDepth("events.json", 2);
    depth.feed('[\n  "a\\');
    depth.feed('"\n  ", [\n');
    expect(() => depth.feed("   [")).toThrow(/^events\.json:4:4: JSON nested deeper than 2 levels/);
  });
});
