import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { replay } from "../../engine/timeline/replay.js";
import { builtIn } from "../support/scenarios.js";

// Final fingerprints of the built-in scenarios. A change means the data, the shared catalogue or
// the reducer's effects changed: if that was meant, record the new value here in the same commit;
// if not, it is a regression.
const RECORDED: Record<string, string> = {
  "central-syria-2017": "6f75101f5a7a30eeb56bb2e99d49d654c68cde78762da41b653a7113731cb9cb",
  "deir-ez-zor-2017-01": "56b4b2fe371d6d13d6fd7efe329b0e5e23fd4d492b6a8b2ef70ad5dc8a384d4f",
  "anbar-2015": "89e2a83bf380890d041a0ede2110f13ed5d1ca5f687bb7249f18dcdec9d57522",
};

describe("replaying each built-in scenario from start to end", () => {
  for (const [id, recorded] of Object.entries(RECORDED)) {
    it(`${id}: breaks no rule and ends at its recorded fingerprint`, () => {
      const { scenario, timeline } = builtIn(id);
      expect(applyTolerant(scenario.initial, scenario.events).skipped).toEqual([]);
      const final = replay(scenario.initial, scenario.events);
      expect(fingerprint(timeline.final)).toBe(fingerprint(final));
      expect(fingerprint(final)).toBe(recorded);
    });
  }
});
