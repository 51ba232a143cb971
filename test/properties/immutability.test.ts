import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyTolerant,
  canonicalJson,
  diff,
  fingerprint,
  placeHistory,
  replay,
  restoreState,
  Timeline,
} from "../../engine/index.js";
import { campaignArb, propertyParams } from "../../engine/testing/index.js";
import { assertDeepFrozen } from "../../engine/testing/properties/frozen.js";
import { foldReduce } from "../../engine/testing/properties/replay.js";

describe("property 4: states and events are deeply frozen, and nothing mutates its inputs", () => {
  // Would fail if a handler pushed onto an array it did not copy (heldBy, cutRoutes, a tally's
  // events), assigned into a nested record reached without `edit`, or left a new record
  // unfrozen (a segment that forgot freezeNew, an immer recipe returning a new object that
  // holds a shared, shallowly frozen one); or if a query (diff, placeHistory) wrote into the
  // states it reads.
  it("every state is deeply frozen, and earlier states and the events keep their fingerprints after more work", () => {
    fc.assert(
      fc.property(campaignArb(), fc.integer({ min: 1, max: 64 }), (c, every) => {
        const eventJson = c.events.map((e) => canonicalJson(e));
        const initialPrint = fingerprint(c.initial);
        const folded = foldReduce(c.initial, c.events);
        const foldedPrints = folded.map(fingerprint);
        const tl = Timeline.build(c.initial, c.events, { snapshotEvery: every });
        const sought = folded.map((_, k) => tl.stateAfter(k));
        const soughtPrints = sought.map(fingerprint);

        // More work over the same states and events.
        const end = replay(c.initial, c.events);
        applyTolerant(folded[1] ?? c.initial, c.events.slice(1));
        for (let k = 1; k < folded.length; k++) diff(folded[k - 1] ?? c.initial, folded[k] ?? c.initial);
        const place = c.catalogue.places[0]?.id;
        if (place !== undefined) placeHistory(c.initial, [], c.events, place);
        const restored = restoreState(JSON.parse(JSON.stringify(end)));
        applyTolerant(restored, c.events);

        const seen = new WeakSet<object>();
        for (const e of c.events) assertDeepFrozen(e, `event '${e.id}'`, seen);
        for (const [k, s] of folded.entries()) assertDeepFrozen(s, `the reduced state after ${k} events`, seen);
        for (const [k, s] of sought.entries()) assertDeepFrozen(s, `the sought state after ${k} events`, seen);
        assertDeepFrozen(end, "the replayed state", seen);

        expect(c.events.map((e) => canonicalJson(e))).toEqual(eventJson);
        expect(fingerprint(c.initial)).toBe(initialPrint);
        expect(folded.map(fingerprint)).toEqual(foldedPrints);
        expect(sought.map(fingerprint)).toEqual(soughtPrints);
        expect(soughtPrints).toEqual(foldedPrints);
      }),
      propertyParams(),
    );
  });
});
