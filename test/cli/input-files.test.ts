import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectBadInput, FIXTURE, sitrep } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-input-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
const deepObject = (key: string) => `{"${key}": ${deep}}`;

describe("files the CLI is given", () => {
  it("refuses /dev/zero with one line instead of reading it forever", () => {
    expectBadInput(
      ["state", "/dev/zero", "--at", "2017-09-05"],
      /^sitrep: \/dev\/zero: a character device, not a file/,
    );
  });

  it("validate names a device by its own path, and says why nothing else was checked in a too-deep file", () => {
    const zero = sitrep(["validate", "/dev/zero"]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/^\/dev\/zero: a character device, not a file/);
    expect(zero.stderr).toMatch(/1 problem in \/dev\/zero\n$/);
    expect(zero.stderr).not.toMatch(/\.\.\//);
    const r = sitrep(["validate", file("deep-validate.json", deep)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/JSON nested deeper than 256 levels/);
    expect(r.stderr).toMatch(/nothing else checked: the file is nested too deeply to be parsed/);
    expect(r.stderr).not.toMatch(/not valid JSON/);
  });

  it("refuses a FIFO without waiting for a writer", () => {
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    expectBadInput(["state", fifo, "--at", "2017-09-05"], /pipe\.json: a named pipe \(FIFO\), not a file/);
  });

  it("reads source texts and mapping files through the same checks: a FIFO or a device is refused, not read", () => {
    const texts = join(dir, "texts");
    mkdirSync(texts);
    execFileSync("mkfifo", [join(texts, "001_265e8942fcc8dd81.txt")]);
    expectBadInput(
      ["coverage", "central-syria-2017", "--sources", texts],
      /001_265e8942fcc8dd81\.txt: a named pipe \(FIFO\), not a file/,
    );
    const out = join(dir, "imported.json");
    const csv = file("ged.csv", "id,year\n");
    expectBadInput(
      ["import", "ucdp", csv, "--sides", "/dev/zero", "--out", out],
      /\/dev\/zero: a character device, not a file/,
    );
  });

  it("names the path of a missing file or a directory", () => {
    expectBadInput(
      ["state", "./nowhere.json", "--at", "2017-09-05"],
      /^sitrep: nowhere\.json: no such file: give the path/,
    );
    expectBadInput(["timeline", `${dir}/`], /is a directory: give the path of a scenario JSON file inside it/);
  });

  it("accepts a scenario file starting with a byte-order mark", () => {
    const bom = file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(FIXTURE)]));
    const r = sitrep(["state", bom, "--at", "2017-09-05"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("refuses invalid UTF-8 inside a string, saying where", () => {
    const text = readFileSync(FIXTURE, "utf8").replace('"title": "', '"title": "\u0000MARK');
    const bytes = Buffer.from(text);
    const at = bytes.indexOf(0);
    bytes[at] = 0xff;
    const bad = file("bad-utf8.json", bytes);
    expectBadInput(["state", bad, "--at", "2017-09-05"], /bad-utf8\.json:\d+:\d+: not valid UTF-8: byte 0xff/);
  });

  it("caps the size of an input file, and the cap can be raised", () => {
    const small = { SITREP_MAX_INPUT_BYTES: "1000" };
    const r = sitrep(["state", FIXTURE, "--at", "2017-09-05"], small);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^sitrep: test\/cli\/fixtures\/fixture-siege\.json: the file holds more than the input limit of 1000 bytes: .*SITREP_MAX_INPUT_BYTES=<bytes>\n$/,
    );
    expect(sitrep(["state", FIXTURE, "--at", "2017-09-05"], { SITREP_MAX_INPUT_BYTES: "10000000" }).code).toBe(0);
  });

  it("refuses a scenario, branch, model or event file nested 10,000 levels deep with one line", () => {
    const depth = /:1:\d+: JSON nested deeper than 256 levels of objects and arrays: .*SITREP_MAX_JSON_DEPTH/;
    expectBadInput(["state", file("deep-scenario.json", deepObject("events")), "--at", "2017-09-05"], depth);
    expectBadInput(["whatif", "--branch", file("deep.branch.json", deepObject("edits"))], depth);
    expectBadInput(
      ["simulate", "central-syria-2017", "--runs", "2", "--seed", "1", "--model", file("deep.model.json", deep)],
      depth,
    );
    expectBadInput(
      ["whatif", "central-syria-2017", "--insert", file("deep-events.json", deep), "--after", "cs-0904-al-shulah"],
      depth,
    );
  });
});

describe("scenarios --dir", () => {
  it("skips what is not a regular file, saying so, instead of blocking on a FIFO", () => {
    const listed = mkdtempSync(join(tmpdir(), "sitrep-dir-"));
    execFileSync("mkfifo", [join(listed, "x.json")]);
    mkdirSync(join(listed, "folder.json"));
    writeFileSync(join(listed, "fixture.json"), readFileSync(FIXTURE));
    const r = sitrep(["scenarios", "--dir", listed]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/fixture-siege/);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^sitrep: skipped .*folder\.json: is a directory: give the path of a scenario JSON file/),
      expect.stringMatching(/^sitrep: skipped .*x\.json: a named pipe \(FIFO\), not a file/),
    ]);
  });
});

describe("values echoed in errors", () => {
  const long = "x".repeat(100_000);
  it("are cut to a readable length, with their length, wherever the error comes from", () => {
    const cut = `'${"x".repeat(80)}…' (100000 characters)`;
    for (const args of [
      ["state", "central-syria-2017", "--at", long],
      ["state", long, "--at", "2017-09-05"],
      ["history", "central-syria-2017", long],
      ["timeline", "central-syria-2017", "--side", long],
      [long],
    ]) {
      const r = sitrep(args);
      expect(r.code).toBe(2);
      expect(r.stderr.length, r.stderr.slice(0, 300)).toBeLessThan(1000);
      expect(r.stderr).toContain(cut);
    }
    const r = sitrep(["whatif", "central-syria-2017", "--drop", long]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x… \(100000 characters\)/);
    expect(r.stderr.length).toBeLessThan(1000);
  });
});
