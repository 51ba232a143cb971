import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const tool = resolve("replay/tools/doc-lint.ts");
const tsx = resolve("node_modules/.bin/tsx");

function project(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-doc-lint-"));
  mkdirSync(join(dir, "engine"));
  writeFileSync(join(dir, "engine", "a.ts"), source);
  return dir;
}

describe("the doc lint", () => {
  it("passes on the project itself", () => {
    expect(() => execFileSync(tsx, [tool], { encoding: "utf8" })).not.toThrow();
  });

  it("names the file, line and name of a doc comment that quotes a function nobody declares", () => {
    const dir = project(
      [
        "/**",
        " * Reads a scenario; see `loadBuiltInScenario` and `realThing`.",
        " * @example",
        " * realThing(missingHelper(1)); // proseAfterCode(is not checked)",
        " */",
        "export function realThing(n: number): number {",
        "  return n;",
        "}",
        "",
      ].join("\n"),
    );
    const run = spawnSync(tsx, [tool], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("engine/a.ts:2: doc comment names `loadBuiltInScenario`");
    expect(run.stdout).toContain("engine/a.ts:4: doc comment names `missingHelper()`");
    expect(run.stdout).not.toContain("realThing");
    expect(run.stdout).not.toContain("proseAfterCode");
  });
});
