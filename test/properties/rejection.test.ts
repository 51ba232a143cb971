import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, it } from "vitest";
import { applyTolerant, check, fingerprint, reduce, replay, type State } from "../../engine/index.js";
import { applySegment } from "../../engine/reducer/reduce.js";
import {
  assertSnapshotRoundTrip,
  campaignArb,
  invalidCampaignArb,
  propertyParams,
} from "../../engine/testing/index.js";
import { assertDeepFrozen } from "../../engine/testing/properties/frozen.js";
import { violationOf } from "../../engine/testing/properties/violation.js";

/** The top-level fields of a state, by identity. */
const parts = (s: State) => Object.entries(s);

describe("property 8: rejected events and JSON round trips", () => {
  // Would fail if a handler wrote before it checked (so a throw left a half-applied state
  // behind: possible in a segment, which writes in place), if applySegment threw after
  // writing into its input, or if the error lost its event id, rule, conflict or hint.
  it("a rejected event leaves the state identical, and the error carries eventId, rule, conflict and hint", () => {
    fc.assert(
      fc.property(invalidCampaignArb({ maxEvents: 40 }), (c) => {
        const bad = c.events[c.badIndex];
        if (bad === undefined) throw new Error("no bad event");
        const s = replay(c.initial, c.events.slice(0, c.badIndex));
        const print = fingerprint(s);
        const fields = parts(s);

        const err = violationOf(() => reduce(s, bad), `reduce of '${bad.id}'`);
        assert.equal(err.rule, c.rule);
        assert.equal(err.eventId, bad.id);
        assert.equal(err.code, "rule-violation");
        assert.ok(err.hint.length > 0, "the error gives no hint");
        assert.notEqual(err.conflict, undefined, "the error gives no conflict");
        assert.ok(err.message.includes(bad.id) && err.message.includes(c.rule), `unhelpful message: ${err.message}`);
        assert.deepEqual(check(s, bad), err.violation, "check and reduce disagree");

        const seg = violationOf(() => applySegment(s, c.events, c.badIndex, c.badIndex + 1), "applySegment");
        assert.deepEqual(seg.violation, err.violation);
        const tolerant = applyTolerant(s, [bad]);
        assert.deepEqual(
          tolerant.skipped.map((x) => x.violation),
          [err.violation],
        );
        assert.equal(fingerprint(tolerant.state), print, "a skipped event changed the tolerant result");

        assert.equal(fingerprint(s), print, "a rejected event changed the state it was applied to");
        for (const [i, [k, v]] of parts(s).entries()) assert.equal(v, fields[i]?.[1], `field '${k}' was replaced`);
        assertDeepFrozen(s, "the state a rejected event was applied to");
      }),
      propertyParams(),
    );
  });

  // Would fail if the state held anything JSON drops or changes (undefined, -0, a Map, a Date,
  // NaN in a share), or if restoreState left the copy unfrozen so the next segment wrote into it.
  it("restoreState(JSON.parse(JSON.stringify(s))) keeps the fingerprint and can be replayed from", () => {
    assertSnapshotRoundTrip(campaignArb());
  });
});
