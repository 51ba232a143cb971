import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, ScenarioLoadError } from "../../engine/index.js";
import { asCapture, asRepelled, loadModel, openOutcome } from "../../engine/sim/model.js";
import { ModelError } from "../../engine/sim/run.js";
import { simulate } from "../../engine/sim/simulate.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const dir = mkdtempSync(join(tmpdir(), "sitrep-model-"));
const write = (name: string, value: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(value, null, 2));
  return f;
};

describe("simulation models", () => {
  it("a model file with the disputed 9 August losses loads and runs", async () => {
    const model = loadModel(
      write("losses.json", {
        choices: [
          {
            id: "9-august-losses",
            alternatives: [
              { name: "army", weight: 1, edits: [{ op: "drop", event: "cs-0809-casualties-sohr" }] },
              { name: "sohr", weight: 1, edits: [{ op: "drop", event: "cs-0809-casualties-army-claim" }] },
            ],
          },
        ],
      }),
    );
    expect(model.quantities).toBe("triangular");
    const r = await simulate(scenario, { runs: 100, seed: 1, model, workers: 0, measures: { places: [] } });
    expect((r.choices["9-august-losses"]?.army ?? 0) + (r.choices["9-august-losses"]?.sohr ?? 0)).toBe(1);
  });

  it("a bad model file gets one clear error at its line", () => {
    const f = write("bad.json", { choices: [{ id: "c", alternatives: [{ name: "a", weight: -1, edits: [] }] }] });
    try {
      loadModel(f);
      throw new Error("loaded");
    } catch (e) {
      if (!(e instanceof ScenarioLoadError)) throw e;
      expect(e.problems.map(formatProblem)).toEqual([
        expect.stringMatching(/bad\.json:\d+:\d+: at choices\[0\]\.alternatives\[0\]\.weight: Too small/),
      ]);
    }
  });

  it("a choice whose edit misses its target is refused before any run, naming the choice", async () => {
    const model = {
      quantities: "fixed",
      choices: [
        { id: "typo", alternatives: [{ name: "a", weight: 1, edits: [{ op: "drop", event: "cs-0905-link-up" }] }] },
      ],
    } as const;
    await expect(simulate(scenario, { runs: 10, seed: 1, model, workers: 0 })).rejects.toThrow(
      /choice 'typo', alternative 'a': edits\[0\]: drop 'cs-0905-link-up': no event .* closest: 'cs-0905-link-up-137th'/,
    );
  });

  it("two choices editing the same event are refused: they must be one choice", async () => {
    const drop = { name: "drop", weight: 1, edits: [{ op: "drop", event: "cs-0905-link-up-137th" }] } as const;
    const model = {
      quantities: "fixed",
      choices: [
        { id: "a", alternatives: [drop] },
        { id: "b", alternatives: [drop] },
      ],
    } as const;
    await expect(simulate(scenario, { runs: 10, seed: 1, model, workers: 0 })).rejects.toThrow(ModelError);
  });

  it("bad options get one clear error", async () => {
    await expect(simulate(scenario, { runs: 0, seed: 1 })).rejects.toThrow(/runs must be a whole number >= 1, got 0/);
    await expect(simulate(scenario, { runs: 5, seed: 1, workers: -1 })).rejects.toThrow(/workers must be/);
    await expect(simulate(scenario, { runs: 5, seed: 1, at: ["5 September"] })).rejects.toThrow(
      /'5 September' is not a date or time/,
    );
    await expect(simulate(scenario, { runs: 5, seed: 1, measures: { places: ["Sukhnahh al-Kabir"] } })).rejects.toThrow(
      /no place 'Sukhnahh al-Kabir'.*did you mean/,
    );
  });

  it("progress is reported, and an aborted simulation stops with the signal's reason", async () => {
    const seen: number[] = [];
    await simulate(scenario, {
      runs: 600,
      seed: 1,
      workers: 0,
      measures: { places: [] },
      onProgress: (done) => seen.push(done),
    });
    expect(seen).toEqual([250, 500, 600]);
    const controller = new AbortController();
    const running = simulate(scenario, {
      runs: 5000,
      seed: 1,
      workers: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("stopped by the user")),
    });
    await expect(running).rejects.toThrow("stopped by the user");
    const inWorkers = new AbortController();
    const pooled = simulate(scenario, { runs: 5000, seed: 1, workers: 2, signal: inWorkers.signal });
    inWorkers.abort(new Error("interrupted"));
    await expect(pooled).rejects.toThrow("interrupted");
  });

  it("an outcome function adds edits of its own, drawn from the run's generator, in this thread", async () => {
    const r = await simulate(scenario, {
      runs: 200,
      seed: "outcome",
      at: ["2017-09-06"],
      workers: 4,
      measures: { places: [] },
      model: {
        quantities: "fixed",
        choices: [],
        outcome: ({ rng }) => (rng() < 0.25 ? [{ op: "drop", event: "cs-0905-link-up-137th" }] : []),
      },
    });
    const active = r.sieges["deir-ez-zor-city"]?.["2017-09-06"]?.active ?? 0;
    expect(active).toBe(r.lostFooting["cs-0905-siege-broken"]);
    expect(Math.abs(active - 0.25)).toBeLessThan(3 * Math.sqrt((0.25 * 0.75) / 200));
  });

  it("a hypothetical assault on Mayadin on 1 October acts as a capture when it succeeds and as a repelled assault when not", async () => {
    const assault = {
      id: "my-1001-mayadin-assault",
      type: "counterattack",
      actor: "syrian-army",
      against: "isil",
      place: "mayadin",
      outcome: "unknown",
      time: { text: "on 1 October", date: "2017-10-01" },
      source: { document: "001_265e8942fcc8dd81", quote: "a hypothetical assault" },
    } as const;
    const at = { text: "on 1 October", date: "2017-10-01" };
    const model = {
      quantities: "fixed",
      choices: [
        openOutcome("mayadin-assault", 0.3, {
          succeeded: [{ op: "insert", at, event: asCapture(assault) }],
          failed: [{ op: "insert", at, event: asRepelled(assault) }],
        }),
      ],
    } as const;
    const r = await simulate(scenario, {
      runs: 300,
      seed: "mayadin",
      at: ["2017-10-02"],
      model,
      workers: 0,
      measures: { places: ["mayadin"] },
    });
    const held = r.places.mayadin?.["2017-10-02"]?.["syrian-government"] ?? 0;
    expect(held).toBe(r.choices["mayadin-assault"]?.succeeded);
    expect(Math.abs(held - 0.3)).toBeLessThan(3 * Math.sqrt((0.3 * 0.7) / 300));
  });
});
