import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuiltInScenarioFile, scenariosDir } from "../../engine/paths.js";
import { sitrep } from "./run.js";

const BUILT_IN = join("scenarios", "anbar-2015.json");

describe("sitrep validate on a built-in scenario file", () => {
  it("checks its quotes against the texts the package carries, unasked", () => {
    const r = sitrep(["validate", BUILT_IN]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^scenarios[\\/]anbar-2015\.json: ok, scenario 'anbar-2015' with \d+ events, every quote found\n$/,
    );
  });

  it("reads the texts from --sources when given", () => {
    const r = sitrep(["validate", BUILT_IN, "--sources", "nowhere"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/document '002_5f5aee061d30ef6f'/);
  });

  it("checks no quotes of a copy outside the package, where the texts are not known", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-copy-"));
    const copy = join(dir, "anbar-2015.json");
    copyFileSync(BUILT_IN, copy);
    expect(isBuiltInScenarioFile(copy)).toBe(false);
    const r = sitrep(["validate", copy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: ok, scenario 'anbar-2015' with \d+ events\n$/);
  });
});

describe("isBuiltInScenarioFile", () => {
  it("knows a built-in scenario file however its path is written, and nothing else", () => {
    expect(isBuiltInScenarioFile(BUILT_IN)).toBe(true);
    expect(isBuiltInScenarioFile(join(scenariosDir(), "..", "scenarios", "anbar-2015.json"))).toBe(true);
    expect(isBuiltInScenarioFile(join(scenariosDir(), "catalogue", "10-core.json"))).toBe(false);
    expect(isBuiltInScenarioFile(join(scenariosDir(), "missing.json"))).toBe(false);
    expect(isBuiltInScenarioFile(join(scenariosDir(), "sources", "002_5f5aee061d30ef6f.txt"))).toBe(false);
  });
});
