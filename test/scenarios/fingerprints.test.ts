import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { replay } from "../../engine/timeline/replay.js";
import { builtIn } from "../support/scenarios.js";

// Final fingerprints of the built-in scenarios. A change means the data, the shared catalogue or
// the reducer's effects changed: if that was meant, record the new value here in the same commit;
// if not, it is a regression.
const RECORDED: Record<string, string> = {
  "central-syria-2017": "42a2503efa143d44232685a0d9ead41ba3b4cf4052d9677fc70eda276f7dcd55",
  "deir-ez-zor-2017-01": "e636c44f0951728814a57763b52ed9f2b65337b3c17b517073ff9a508c61239e",
  "anbar-2015": "33ebe790b62cd2ae330c9f0029bbe1646e56064850f60b3ac1cf3d6180bd09fd",
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
