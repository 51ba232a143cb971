import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { replay } from "../../engine/timeline/replay.js";
import { builtIn } from "../support/scenarios.js";

// Final fingerprints of the built-in scenarios. A change means the data, the shared catalogue or
// the reducer's effects changed: if that was meant, record the new value here in the same commit;
// if not, it is a regression.
const RECORDED: Record<string, string> = {
  "central-syria-2017": "70c78a6200673024efdfe450a36c7fdcbc18db3913bca26b32bb1fdf30dd578b",
  "deir-ez-zor-2017-01": "763bdb875bfb7314a2f445c7fb81381f275b58ba89abad6fe3780beae89603f6",
  "anbar-2015": "b9113e83b022e3d4ed6a429bc2da046aa1573869a0eee34591e2fe8dd3d6b037",
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
