import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/index.js";
import { asRepelled, openOutcome, type SimulationModel } from "../../engine/sim/model.js";
import { recreateRun } from "../../engine/sim/recreate.js";
import { simulate } from "../../engine/sim/simulate.js";
import { builtIn, place } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const counterattack = scenario.events.find(
  (e) => e.id === "cs-0730-army-counterattack-ghan-al-ali",
) as EventOf<"counterattack">;

// The army's counterattack at Ghan al-Ali on 30 July succeeds only one time in two; when it
// fails it acts as an assault ISIL repelled, and the capture that followed it loses its footing.
const coinFlip: SimulationModel = {
  quantities: "triangular",
  choices: [
    openOutcome("ghan-al-ali-counterattack", 0.5, {
      succeeded: [],
      failed: [{ op: "replace", event: counterattack.id, with: asRepelled(counterattack) }],
    }),
  ],
};

describe("what if the counterattack at Ghan al-Ali on 30 July had been a coin flip", () => {
  const runs = 2000;
  const result = simulate(scenario, {
    runs,
    seed: "ghan-al-ali",
    at: ["2017-07-29", "2017-08-01"],
    model: coinFlip,
    measures: { places: ["Ghan al-Ali"] },
    workers: 0,
  });

  it("the government holds Ghan al-Ali on 1 August in about half the runs", async () => {
    const held = (await result).places["ghan-al-ali"]?.["2017-08-01"]?.["syrian-government"] ?? 0;
    expect(held).toBe(0.51); // this seed's exact share: 1,020 runs of 2,000
    const sigma = Math.sqrt((0.5 * 0.5) / runs);
    expect(Math.abs(held - 0.5)).toBeLessThan(3 * sigma);
  });

  it("before the counterattack nobody's hold on it differs between runs", async () => {
    const before = (await result).places["ghan-al-ali"]?.["2017-07-29"] ?? {};
    expect(Object.values(before)).toEqual([1]);
  });

  it("in every run it failed, the capture and the troops' release lose their footing", async () => {
    const r = await result;
    const failed = r.choices["ghan-al-ali-counterattack"]?.failed ?? 0;
    expect(failed).toBe(1 - (r.places["ghan-al-ali"]?.["2017-08-01"]?.["syrian-government"] ?? 0));
    expect(r.lostFooting).toEqual({
      "cs-0730-ghan-al-ali-captured": failed,
      "cs-0730-trapped-troops-freed": failed,
      "cs-0730-villages-west-of-ghan-al-ali": failed,
    });
  });

  it("any single run can be re-created, and tells which way the coin fell", () => {
    for (const index of [0, 1, 2, 3]) {
      const run = recreateRun(scenario, coinFlip, "ghan-al-ali", index);
      const holder = place(run.state, "ghan-al-ali").controller;
      const drawn = run.drawn["ghan-al-ali-counterattack"];
      expect(drawn === "succeeded").toBe(holder === "syrian-government");
    }
  });
});
