import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { replay } from "../../engine/timeline/replay.js";
import { builtIn } from "../support/scenarios.js";

// Final fingerprints of the built-in scenarios. A change means the data, the shared catalogue or
// the reducer's effects changed: if that was meant, record the new value here in the same commit;
// if not, it is a regression.
const RECORDED: Record<string, string> = {
  "central-syria-2017": "dbc9388660da3afaa1fb7fa414265535aeb64c52da9723d48a766f97b97c3880",
  "deir-ez-zor-2017-01": "b1d640a115507f9b86144b3d9b3b0d1efe7e522d4007978fa83dcd191641947f",
  "anbar-2015": "535052d37a4717ffb51b8cb993bec8efa5330694728f62e70aac9133feff8e62",
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
