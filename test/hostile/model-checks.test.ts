import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, ScenarioLoadError } from "../../engine/index.js";
import { loadModel } from "../../engine/sim/model.js";
import { ModelError } from "../../engine/sim/run.js";
import { simulate } from "../../engine/sim/simulate.js";
import { sitrep } from "../cli/run.js";
import { builtIn } from "../support/scenarios.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-hostile-model-"));
const write = (name: string, value: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(value, null, 2));
  return f;
};
const alt = (name: string, weight = 1) => ({ name, weight, edits: [] });

/** The problems loading a model file gives, each as `sitrep` prints it. */
function refusal(name: string, model: unknown): string[] {
  try {
    loadModel(write(name, model));
  } catch (e) {
    if (e instanceof ScenarioLoadError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error(`${name} loaded`);
}

describe("a model whose choices cannot be drawn or reported is refused when it loads", () => {
  it("weights whose sum overflows (1e308 + 1e308), at the weight where the sum leaves the numbers", () => {
    expect(refusal("huge.json", { choices: [{ id: "c", alternatives: [alt("a", 1e308), alt("b", 1e308)] }] })).toEqual([
      expect.stringMatching(
        /huge\.json:\d+:\d+: at choices\[0\]\.alternatives\[1\]\.weight: the weights of choice 'c' add up past the largest number/,
      ),
    ]);
  });

  it("two alternatives of one choice with one name", () => {
    expect(refusal("names.json", { choices: [{ id: "c", alternatives: [alt("a"), alt("b"), alt("a")] }] })).toEqual([
      expect.stringMatching(
        /names\.json:\d+:\d+: at choices\[0\]\.alternatives\[2\]\.name: alternative name 'a' is already the name of alternatives\[0\]/,
      ),
    ]);
  });

  it("two choices with one id", () => {
    const c = { id: "same", alternatives: [alt("a")] };
    expect(refusal("ids.json", { choices: [c, { ...c }] })).toEqual([
      expect.stringMatching(
        /ids\.json:\d+:\d+: at choices\[1\]\.id: choice id 'same' is already the id of choices\[0\]/,
      ),
    ]);
  });

  it("a choice named __proto__ (choice ids are kebab-case ids)", () => {
    const f = write("proto.json", { choices: [{ id: "__proto__", alternatives: [alt("a")] }] });
    const problems = refusal("proto.json", { choices: [{ id: "__proto__", alternatives: [alt("a")] }] });
    expect(problems).toEqual([
      expect.stringMatching(/proto\.json:\d+:\d+: at choices\[0\]\.id: expected a kebab-case choice id/),
    ]);
    const r = sitrep(["simulate", "central-syria-2017", "--runs", "5", "--seed", "s", "--model", f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/proto\.json:\d+:\d+: at choices\[0\]\.id/);
  });

  it("a model given in code is checked the same way before any run, with a ModelError", async () => {
    const { scenario } = builtIn("central-syria-2017");
    const model = {
      quantities: "fixed",
      choices: [{ id: "c", alternatives: [alt("a", 1e308), alt("b", 1e308)] }],
    } as const;
    await expect(simulate(scenario, { runs: 2, seed: 1, model, workers: 0 })).rejects.toThrow(ModelError);
    await expect(simulate(scenario, { runs: 2, seed: 1, model, workers: 0 })).rejects.toThrow(
      /at choices\[0\]\.alternatives\[1\]\.weight: the weights of choice 'c' add up past/,
    );
  });
});
