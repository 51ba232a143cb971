import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTolerant, fingerprint, replay, Timeline } from "../../engine/index.js";
import { applySegment, walk } from "../../engine/reducer/reduce.js";
import { campaignArb, propertyParams } from "../../engine/testing/index.js";
import { foldReduce } from "../../engine/testing/properties/replay.js";

describe("property 3: the copy-on-write bulk replay equals folding reduce (immer)", () => {
  // Would fail if a handler wrote nested data without `edit` (under immer the write is
  // tracked; in a segment it lands in a record shared with an earlier state, or throws on a
  // frozen one), if `edit` skipped a copy, or if a handler read the draft differently from a
  // state (a check that sees a half-applied segment).
  it("replay, chained applySegment, Timeline, walk and applyTolerant agree with reduce at every step", () => {
    fc.assert(
      fc.property(
        campaignArb(),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        (c, cutSeeds, every) => {
          const n = c.events.length;
          const folded = foldReduce(c.initial, c.events).map(fingerprint);
          expect(fingerprint(replay(c.initial, c.events))).toBe(folded[n]);

          // Random segments, chained.
          const cuts = [...new Set([0, ...cutSeeds.map((x) => x % (n + 1)), n])].sort((a, b) => a - b);
          let s = c.initial;
          for (let i = 1; i < cuts.length; i++) {
            const from = cuts[i - 1] ?? 0;
            const to = cuts[i] ?? n;
            s = applySegment(s, c.events, from, to);
            expect(fingerprint(s), `segments up to ${to}`).toBe(folded[to]);
          }

          const tl = Timeline.build(c.initial, c.events, { snapshotEvery: every });
          for (let k = 0; k <= n; k++) expect(fingerprint(tl.stateAfter(k)), `stateAfter(${k})`).toBe(folded[k]);

          const walked: string[] = [];
          const end = walk(c.initial, c.events, (state) => {
            walked.push(fingerprint(state));
          });
          expect(walked).toEqual(folded.slice(1));
          expect(fingerprint(end)).toBe(folded[n]);

          const tolerant = applyTolerant(c.initial, c.events);
          expect(tolerant.skipped).toEqual([]);
          expect(fingerprint(tolerant.state)).toBe(folded[n]);
        },
      ),
      propertyParams(),
    );
  });
});
