import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Campaign, type EventOf, fingerprint, loadScenario, replay, type State } from "../../engine/index.js";
import { asRepelled, disputed, openOutcome, type SimulationModel } from "../../engine/sim/model.js";
import { exportRun, recreateRun } from "../../engine/sim/recreate.js";
import { simulate } from "../../engine/sim/simulate.js";
import { propertyParams } from "../../engine/testing/index.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const counterattack = scenario.events.find(
  (e) => e.id === "cs-0730-army-counterattack-ghan-al-ali",
) as EventOf<"counterattack">;

/** Every source of chance at once: quantities, a disputed claim, an open outcome. */
const everything: SimulationModel = {
  quantities: "triangular",
  choices: [
    disputed("9-august-losses", [
      { name: "army", weight: 1, events: ["cs-0809-casualties-army-claim"] },
      { name: "sohr", weight: 2, events: ["cs-0809-casualties-sohr"] },
    ]),
    openOutcome("ghan-al-ali", 0.7, {
      succeeded: [],
      failed: [{ op: "replace", event: counterattack.id, with: asRepelled(counterattack) }],
    }),
  ],
};

describe("simulation properties", () => {
  it("the same seed gives the same distributions with 0, 1, 2 or 3 worker threads", async () => {
    const options = { runs: 160, seed: "workers", at: ["2017-08-01", "2017-09-06"], model: everything } as const;
    const here = JSON.stringify(await simulate(scenario, { ...options, workers: 0 }));
    for (const workers of [1, 2, 3]) {
      expect(JSON.stringify(await simulate(scenario, { ...options, workers }))).toBe(here);
    }
  });

  it("a run re-created from its seed and index replays to the state the simulation reached", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.nat({ max: 1_000_000 }), (seed, index) => {
        const run = recreateRun(scenario, everything, seed, index);
        expect(fingerprint(replay(run.scenario.initial, run.scenario.events))).toBe(fingerprint(run.state));
        expect(recreateRun(scenario, everything, seed, index).drawn).toEqual(run.drawn);
      }),
      propertyParams(),
    );
  });

  it("an exported run is a scenario file that loads, passes every check, and replays to the same state", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-run-"));
    for (const index of [0, 17, 4242]) {
      const file = join(dir, `run-${index}.json`);
      writeFileSync(file, exportRun(scenario, everything, "export", index));
      const loaded = Campaign.of(loadScenario(file));
      const run = recreateRun(scenario, everything, "export", index);
      // A holding the base infers from a capture the run lost stands in the run but not in the
      // file, which lacks the capture (its description says so); everything else is the same.
      const unexpressed = run.scenario.inferred.filter((h) => !run.scenario.events.some((e) => e.id === h.from));
      const description = loaded.scenario.description ?? "";
      for (const h of unexpressed) expect(description).toContain(`${h.place} (${h.side}, from '${h.from}')`);
      const unInfer = (s: State): State => ({
        ...s,
        places: s.places.map((p) =>
          p.basis === "inferred" && unexpressed.some((h) => h.place === p.id)
            ? {
                ...p,
                controller: null,
                basis: null,
                inferredFrom: null,
                heldBy: p.heldBy.filter((x) => x !== p.controller),
              }
            : p,
        ),
      });
      expect(fingerprint(loaded.timeline.final)).toBe(fingerprint(unInfer(run.state)));
    }
  });

  it("the share of runs drawing an alternative follows its weight, and the army's claim counts only in the runs that drew it", async () => {
    const r = await simulate(scenario, {
      runs: 600,
      seed: "weights",
      model: everything,
      workers: 0,
      measures: { places: [] },
    });
    const sohr = r.choices["9-august-losses"]?.sohr ?? 0;
    expect(Math.abs(sohr - 2 / 3)).toBeLessThan(3 * Math.sqrt(2 / 9 / 600));
    const end = r.at[0]?.key ?? "";
    expect(r.casualties.isil?.["Syrian Army"]?.[end]?.n).toBe(600 - Math.round(sohr * 600));
  });
});
