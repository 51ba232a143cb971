import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, it } from "vitest";
import { applyTolerant, emptyState, fingerprint, reduce, replay, Timeline } from "../../engine/index.js";
import { catalogueArb, invalidCampaignArb, invalidEventArb, propertyParams } from "../../engine/testing/index.js";
import { violationOf } from "../../engine/testing/properties/violation.js";

describe("property 9: invalid sequences are rejected with the right rule", () => {
  // Would fail if a rule were not checked (a second capture by the holder accepted, a cleared
  // pocket cleared again), were checked under the wrong id (siege-not-active reported as
  // unknown-siege), or were checked in a different order than documented; or if the tolerant
  // replay skipped more than the one bad event.
  it("replay, reduce and Timeline.build stop at the bad event with its rule; applyTolerant skips exactly it", () => {
    fc.assert(
      fc.property(invalidCampaignArb(), fc.integer({ min: 1, max: 32 }), (c, every) => {
        const bad = c.events[c.badIndex];
        if (bad === undefined) throw new Error("no bad event");
        for (const [how, run] of [
          ["replay", () => replay(c.initial, c.events)],
          ["reduce", () => c.events.reduce((s, e) => reduce(s, e), c.initial)],
          ["Timeline.build", () => Timeline.build(c.initial, c.events, { snapshotEvery: every })],
        ] as const) {
          const err = violationOf(run, how);
          assert.equal(err.rule, c.rule, `${how}: broke '${err.rule}' at '${err.eventId}' rather than '${c.rule}'`);
          assert.equal(
            err.eventId,
            bad.id,
            `${how}: stopped at '${err.eventId}' rather than #${c.badIndex} '${bad.id}'`,
          );
        }
        const tolerant = applyTolerant(c.initial, c.events);
        assert.deepEqual(
          tolerant.skipped.map((s) => [s.index, s.violation.rule]),
          [[c.badIndex, c.rule]],
        );
        const without = c.events.filter((_, i) => i !== c.badIndex);
        assert.equal(fingerprint(tolerant.state), fingerprint(replay(c.initial, without)));
      }),
      propertyParams(),
    );
  });

  // The shortest form: just the setup a rule needs and the event that breaks it.
  it("a minimal log breaking one rule is rejected at its last event with that rule", () => {
    const arb = catalogueArb().chain((catalogue) => invalidEventArb(catalogue).map((log) => ({ catalogue, log })));
    fc.assert(
      fc.property(arb, ({ catalogue, log }) => {
        assert.equal(log.badIndex, log.events.length - 1);
        const err = violationOf(() => replay(emptyState(catalogue), log.events), log.rule);
        assert.equal(err.rule, log.rule);
        assert.equal(err.eventId, log.events[log.badIndex]?.id);
      }),
      propertyParams(),
    );
  });
});
