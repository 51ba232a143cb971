// The code of docs/simulation.md, run as written and held to what its comments say.
// #region model
import { asRepelled, type EventOf, loadScenario, openOutcome, type SimulationModel, simulate } from "sitrep";

// #endregion model
// #region pool
import { SimulationPool } from "sitrep";

// #endregion pool
import { describe, expect, it } from "vitest";

describe("simulation, as docs/simulation.md shows it", () => {
  it("an open outcome splits the runs between its alternatives", async () => {
    // #region model
    const s = loadScenario("central-syria-2017");
    const counterattack = s.events.find(
      (e): e is EventOf<"counterattack"> => e.id === "cs-0730-army-counterattack-ghan-al-ali",
    );
    if (counterattack === undefined) throw new Error("the scenario has no counterattack at Ghan al-Ali");
    const model: SimulationModel = {
      quantities: "triangular",
      choices: [
        openOutcome("ghan-al-ali", 0.5, {
          succeeded: [],
          failed: [{ op: "replace", event: counterattack.id, with: asRepelled(counterattack) }],
        }),
      ],
    };
    const r = await simulate(s, { runs: 1000, seed: "ghan-al-ali", at: ["2017-08-01"], model });
    r.places["ghan-al-ali"]?.["2017-08-01"]; // { "syrian-government": 0.52, isil: 0.48 }
    // #endregion model
    const shares = r.places["ghan-al-ali"]?.["2017-08-01"] ?? {};
    expect(shares).toEqual({ "syrian-government": 0.52, isil: 0.48 });
  });

  it("a pool keeps workers warm between calls", async () => {
    const scenario = loadScenario("anbar-2015");
    // #region pool
    const pool = new SimulationPool({ workers: 2 });
    const a = await simulate(scenario, { runs: 5_000, seed: "a", pool });
    const b = await simulate(scenario, { runs: 5_000, seed: "b", pool }); // no start-up this time
    await pool.close();
    // #endregion pool
    expect(a.runs).toBe(5_000);
    expect(b.runs).toBe(5_000);
    expect(a.seed).not.toBe(b.seed);
  });
});
