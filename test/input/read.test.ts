import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkJsonDepth, JsonDepth } from "../../engine/input/depth.js";
import { InputError } from "../../engine/input/input-error.js";
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_JSON_DEPTH, inputLimits } from "../../engine/input/limits.js";
import { readInputText, readJsonInput } from "../../engine/input/read.js";
import { readFailure } from "../../engine/input/regular-file.js";
import { decodeUtf8, firstInvalidUtf8 } from "../../engine/input/utf8.js";
import { parseJson } from "../../engine/scenario/catalogue-files.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-input-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The InputError a read throws (failing the test when it does not throw one). */
function refusal(read: () => unknown): InputError {
  try {
    read();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected the read to be refused");
}

const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

describe("reading an input file", () => {
  it("reads a regular UTF-8 file, dropping a leading byte-order mark", () => {
    const path = file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"é"}')]));
    expect(readInputText(path, "a scenario JSON file").text).toBe('{"id":"é"}');
  });

  it("refuses a directory, naming it", () => {
    const e = refusal(() => readInputText(dir, "a scenario JSON file"));
    expect(e.message).toContain(dir);
    expect(e.message).toMatch(/is a directory: give the path of a scenario JSON file inside it/);
  });

  it("refuses a character device such as /dev/zero instead of reading it forever", () => {
    const e = refusal(() => readInputText("/dev/zero", "a scenario JSON file"));
    expect(e.message).toBe("/dev/zero: a character device, not a file: give the path of a scenario JSON file");
  });

  it("names the path of a missing file, a symbolic link loop, and an over-long path", () => {
    const missing = join(dir, "nowhere.json");
    expect(refusal(() => readInputText(missing, "a branch JSON file")).message).toBe(
      `${missing}: no such file: give the path of a branch JSON file`,
    );
    const a = join(dir, "loop-a.json");
    const b = join(dir, "loop-b.json");
    symlinkSync(b, a);
    symlinkSync(a, b);
    expect(refusal(() => readInputText(a, "a model JSON file")).message).toMatch(
      new RegExp(`^${a}: symbolic link loop: point the link at a model JSON file`),
    );
    const long = join(dir, `${"x".repeat(5000)}.json`);
    const e = refusal(() => readInputText(long, "a scenario JSON file"));
    expect(e.reason).toMatch(/the path is too long for the system: give a shorter path/);
    expect(e.file).toMatch(/x… \(\d+ characters\)$/);
    expect(e.message.length).toBeLessThan(400);
  });

  it("says what to do for a file it may not read", () => {
    expect(readFailure("EACCES", "a scenario JSON file")).toBe(
      "permission denied: make the file readable (e.g. chmod u+r) or give another copy of a scenario JSON file",
    );
    expect(readFailure("ENOTDIR", "a scenario JSON file")).toMatch(/a part of the path is not a directory/);
  });

  it("refuses a file over the size limit, whatever the limit is set to", () => {
    const path = file("big.json", `[${"0,".repeat(100)}0]`);
    const e = refusal(() => readInputText(path, "a scenario JSON file", { maxBytes: 100 }));
    expect(e.reason).toMatch(/more than the input limit of 100 bytes.*SITREP_MAX_INPUT_BYTES=<bytes>/);
    expect(readInputText(path, "a scenario JSON file", { maxBytes: 1000 }).text).toHaveLength(203);
  });

  it("takes its limits from the options, then the environment, then the documented defaults", () => {
    expect(inputLimits({}, {})).toEqual({ maxBytes: DEFAULT_MAX_INPUT_BYTES, maxDepth: DEFAULT_MAX_JSON_DEPTH });
    expect(inputLimits({}, { SITREP_MAX_INPUT_BYTES: "2000", SITREP_MAX_JSON_DEPTH: "9" })).toEqual({
      maxBytes: 2000,
      maxDepth: 9,
    });
    expect(inputLimits({ maxBytes: 5 }, { SITREP_MAX_INPUT_BYTES: "2000" }).maxBytes).toBe(5);
    expect(refusal(() => inputLimits({}, { SITREP_MAX_INPUT_BYTES: "lots" })).message).toBe(
      "SITREP_MAX_INPUT_BYTES: must be a whole number of at least 1, got 'lots'",
    );
  });
});

describe("text that is not UTF-8", () => {
  it("is refused at the line and column of its first bad byte, not silently replaced", () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "title": "Deir '), Buffer.from([0xff]), Buffer.from('"\n}')]);
    const e = refusal(() => decodeUtf8(bytes, "x.json"));
    expect(e.message).toBe(
      "x.json:2:18: not valid UTF-8: byte 0xff at byte offset 19 does not belong here; save the file as UTF-8",
    );
  });

  it("counts the column in characters after multi-byte ones", () => {
    const bytes = Buffer.concat([Buffer.from("éé"), Buffer.from([0xc3, 0x28])]);
    expect(refusal(() => decodeUtf8(bytes, "x.txt")).at).toEqual({ line: 1, column: 3 });
  });

  it("finds overlong forms, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8(Buffer.from("ok é 😀"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong '/'
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});

describe("JSON nesting", () => {
  it("is refused past the limit with one located line, before anything recursive runs", () => {
    const e = refusal(() => checkJsonDepth(nested(10_000), "deep.json", 256));
    expect(e.message).toBe(
      "deep.json:1:257: JSON nested deeper than 256 levels of objects and arrays: flatten the document, or raise the limit with SITREP_MAX_JSON_DEPTH=<levels>",
    );
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(() => checkJsonDepth(`{"a": "[[[[\\"[[[[", "b": [[1]]}`, "x.json", 3)).not.toThrow();
    expect(() => checkJsonDepth(`{"a": [[[1]]]}`, "x.json", 3)).toThrow(InputError);
  });

  it("is refused by the JSON parser of every loader, even 10,000 levels deep", () => {
    const r = parseJson(nested(10_000), "deep.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ file: "deep.json", line: 1, column: 257 })]);
    expect(parseJson(nested(200), "ok.json").ok).toBe(true);
  });

  it("is checked when a JSON file is read", () => {
    const path = file("deep.json", nested(300));
    expect(refusal(() => readJsonInput(path, "a scenario JSON file")).reason).toMatch(/nested deeper than 256/);
  });
});

describe("JSON nesting read in pieces, as a stream reads it", () => {
  it("is followed across pieces, strings and escapes included", () => {
    const depth = new JsonDepth("events.json", 3);
    for (const piece of ['{"a": "[[[[\\', '"", "b":', " [[", "1]]", ', "c": [[']) depth.feed(piece);
    expect(() => depth.feed("[")).toThrow(/^events\.json:1:36: JSON nested deeper than 3 levels/);
  });
});
