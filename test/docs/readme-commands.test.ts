import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../engine/paths.js";
import { documentationPages } from "../../replay/docs/pages.js";
import {
  BIN,
  cutLike,
  normalised,
  pooled,
  type Ran,
  readmeExamples,
  runLine,
  shownIn,
  words,
} from "../../replay/docs/readme-examples.js";

const found = documentationPages(packageRoot()).flatMap((page) =>
  readmeExamples(readFileSync(join(packageRoot(), page), "utf8")).map((e) => ({ ...e, page })),
);

describe("the command lines of the README and docs/", () => {
  const results = new Map<string, Ran>();

  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
    // Commands run where the README's relative paths resolve, in a scratch folder for the files they write.
    const cwd = mkdtempSync(join(tmpdir(), "sitrep-readme-"));
    cpSync(join(packageRoot(), "examples"), join(cwd, "examples"), { recursive: true });
    cpSync(join(packageRoot(), "scenarios", "data"), join(cwd, "scenarios", "data"), { recursive: true });
    const ran = await pooled(
      found.map((e) => () => runLine(e.line, cwd)),
      2,
    );
    found.forEach((e, i) => {
      results.set(e.line, ran[i] as Ran);
    });
  }, 300_000);

  it("are found: commands of every kind the README shows, some with their output", () => {
    const commands = new Set(found.map((e) => words(e.line)[1]));
    expect([...commands].sort()).toEqual(
      expect.arrayContaining(["diff", "explain", "history", "simulate", "state", "timeline", "validate", "whatif"]),
    );
    expect(found.filter((e) => e.output !== null).length).toBeGreaterThanOrEqual(2);
  });

  it.each(found.map((e) => [`${e.page}:${e.at} ${e.line}`, e] as const))(
    "%s works as written (npm run docs:readme refreshes the output shown)",
    (_, e) => {
      const r = results.get(e.line) as Ran;
      // `import` reports each row it could not use as it was, and a summary, on stderr by design.
      const quiet = words(e.line)[1] !== "import";
      expect({ code: r.code, stderr: quiet ? r.stderr : "" }).toEqual({ code: 0, stderr: "" });
      if (e.output === null) return;
      if (e.output.kind === "json") {
        const shown = JSON.parse(e.output.text) as unknown;
        const actual = JSON.parse(r.stdout) as unknown;
        if (!shownIn(shown, actual)) expect(cutLike(shown, actual)).toEqual(shown);
        expect(shownIn(shown, actual)).toBe(true);
      } else {
        expect(normalised(r.stdout)).toBe(normalised(e.output.text));
      }
    },
  );

  it("the comparison of JSON output sees a value that differs and accepts a list cut short", () => {
    expect(shownIn({ a: [{ id: 1 }, { id: 3 }] }, { a: [{ id: 1, x: 0 }, { id: 2 }, { id: 3 }], b: 1 })).toBe(true);
    expect(shownIn({ a: [{ id: 3 }, { id: 1 }] }, { a: [{ id: 1 }, { id: 3 }] })).toBe(false);
    expect(shownIn({ a: { b: "x" } }, { a: { b: "y" } })).toBe(false);
    expect(shownIn({ missing: null }, {})).toBe(false);
  });

  it("a refresh cuts the actual output as the README cut it", () => {
    const actual = { a: [{ id: 1, x: 0 }, { id: 2 }, { id: 3, x: 1 }], b: [1, 2], c: "new" };
    expect(cutLike({ a: [{ id: 1 }, { id: 3 }], b: [1, 2] }, actual)).toEqual({
      a: [
        { id: 1, x: 0 },
        { id: 3, x: 1 },
      ],
      b: [1, 2],
      c: "new",
    });
    expect(cutLike([5], [7, 8, 9])).toEqual([7]);
  });

  it("reads command lines and their output from sh and console blocks", () => {
    const md = [
      "```sh",
      "sitrep state x --at 2017-09-05",
      "```",
      "",
      "```json",
      '{ "a": 1 }',
      "```",
      "```console",
      "$ sitrep scenarios",
      "out",
      "$ sitrep timeline x",
      "```",
    ].join("\n");
    expect(readmeExamples(md)).toEqual([
      { line: "sitrep state x --at 2017-09-05", at: 2, output: { kind: "json", text: '{ "a": 1 }', from: 5, to: 6 } },
      { line: "sitrep scenarios", at: 9, output: { kind: "text", text: "out", from: 9, to: 10 } },
      { line: "sitrep timeline x", at: 11, output: null },
    ]);
    expect(words(`sitrep history central-syria-2017 "Deir ez-Zour" --json`)).toEqual([
      "sitrep",
      "history",
      "central-syria-2017",
      "Deir ez-Zour",
      "--json",
    ]);
  });
});
