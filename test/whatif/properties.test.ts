import fc from "fast-check";
import { describe, it } from "vitest";
import { propertyParams } from "../../engine/testing/index.js";
import { branch } from "../../engine/whatif/builder.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { builtIn } from "../support/scenarios.js";

describe("dropping any one event of a valid log", () => {
  for (const id of ["central-syria-2017", "deir-ez-zor-2017-01", "anbar-2015"]) {
    it(`never crashes tolerant replay of ${id}: whatever falls is a consequence of that drop`, () => {
      const { scenario } = builtIn(id);
      fc.assert(
        fc.property(fc.nat({ max: scenario.events.length - 1 }), (i) => {
          const dropped = scenario.events[i]?.id ?? "";
          const { state, consequences } = replayBranch(scenario, branch("drop-one").from(id).drop(dropped).build());
          const lost = new Set(consequences.map((c) => c.event.id));
          if (lost.has(dropped)) throw new Error("the dropped event cannot be a consequence");
          for (const c of consequences) {
            if (c.edit !== 0) throw new Error(`${c.event.id} is not traced to the drop`);
          }
          // Every event either applied or lost its footing.
          if (state.applied + consequences.length !== scenario.events.length - 1)
            throw new Error("events went missing");
        }),
        propertyParams({ numRuns: Math.min(200, scenario.events.length * 2) }),
      );
    });
  }
});
