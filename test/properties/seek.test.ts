import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint, Timeline } from "../../engine/index.js";
import {
  assertSeekEqualsReplay,
  assertSnapshotRoundTrip,
  campaignArb,
  propertyParams,
} from "../../engine/testing/index.js";

describe("property 2: seeking equals replaying", () => {
  // Would fail on an off-by-one in Timeline.stateAfter (using the snapshot after instead of
  // before the cut, or replaying one event too many), a binary search in countAt that stops
  // before events with the same earliest time, or a snapshot that a later segment wrote into.
  it("stateAfter(k), stateAt(t) and replay(until) equal a fresh replay of the prefix; snapshot plus tail equals the full replay", () => {
    assertSeekEqualsReplay(campaignArb());
  });

  // Would fail if indexOf or stateAfterEvent were built from the wrong index (e.g. i rather than i + 1).
  it("stateAfterEvent(id) is the state after that event", () => {
    fc.assert(
      fc.property(campaignArb({ minEvents: 1 }), fc.integer({ min: 1, max: 64 }), fc.nat(), (c, every, n) => {
        const tl = Timeline.build(c.initial, c.events, { snapshotEvery: every });
        const i = n % c.events.length;
        const id = c.events[i]?.id ?? "";
        expect(tl.indexOf(id)).toBe(i);
        expect(fingerprint(tl.stateAfterEvent(id))).toBe(fingerprint(tl.stateAfter(i + 1)));
        expect(tl.stateAfterEvent(id).lastEvent).toBe(id);
      }),
      propertyParams(),
    );
  });

  // Would fail if restoreState lost data JSON cannot hold (undefined, a Map, a class instance in
  // the state) or left the restored state unfrozen, so replaying from it wrote into it.
  it("a snapshot taken at any cut survives a JSON round trip and replays to the same end", () => {
    assertSnapshotRoundTrip(campaignArb());
  });
});
