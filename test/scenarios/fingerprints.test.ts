import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { replay } from "../../engine/timeline/replay.js";
import { builtIn } from "../support/scenarios.js";

// Final fingerprints of the built-in scenarios. A change means the data, the shared catalogue or
// the reducer's effects changed: if that was meant, record the new value here in the same commit;
// if not, it is a regression.
const RECORDED: Record<string, string> = {
  "central-syria-2017": "3a050d5271db4cca02724b0884f6768f894a3b21f8d154963fb6afe3ccfe3767",
  "deir-ez-zor-2017-01": "9ac8c583a15953d15e99ee37a75b3a54f72fcf788e448360ad5204e1d85a18c1",
  "anbar-2015": "05a16efd3405c96cd2db4a993a5da0928a2d43bff39439be11b18de667ee030e",
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
