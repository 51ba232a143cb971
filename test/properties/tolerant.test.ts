import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, it } from "vitest";
import { applyTolerant, fingerprint, RULE_IDS, type RuleId, replay } from "../../engine/index.js";
import { brokenRules } from "../../engine/reducer/reduce.js";
import { campaignArb, propertyParams } from "../../engine/testing/index.js";
import { assertDeepFrozen } from "../../engine/testing/properties/frozen.js";

const RULES: ReadonlySet<RuleId> = new Set<RuleId>(RULE_IDS);

describe("property 10: applyTolerant over a log with one event dropped", () => {
  // Would fail if a handler's `apply` relied on something its `check` did not verify (a
  // pocket-cleared whose encirclement was dropped reading an undefined pocket, a siege
  // transition on a siege that is not there), crashing with a TypeError instead of a skip;
  // or if skipping an event left part of it applied.
  it("never crashes: it returns a frozen state and the skipped events, each with its violation", () => {
    fc.assert(
      fc.property(campaignArb({ minEvents: 1 }), fc.nat(), (c, n) => {
        const drop = n % c.events.length;
        const log = c.events.filter((_, i) => i !== drop);
        const { state, skipped } = applyTolerant(c.initial, log);
        assertDeepFrozen(state, "the tolerant result");
        let last = -1;
        for (const s of skipped) {
          assert.ok(s.index > last && s.index < log.length, `skipped index ${s.index} out of order or range`);
          last = s.index;
          assert.ok(s.index >= drop, `#${s.index} comes before the dropped event, so it cannot depend on it`);
          assert.equal(s.event, log[s.index]);
          assert.equal(s.violation.eventId, s.event.id);
          assert.ok(RULES.has(s.violation.rule), `unknown rule '${s.violation.rule}'`);
          assert.ok(s.violation.hint.length > 0 && s.violation.message.length > 0);
        }
        assert.equal(state.applied, log.length - skipped.length);
        const kept = log.filter((_, i) => !skipped.some((s) => s.index === i));
        assert.equal(
          fingerprint(state),
          fingerprint(replay(c.initial, kept)),
          "the tolerant result is not the replay of the events it kept",
        );
      }),
      propertyParams(),
    );
  });

  // The loader checks a log's rules with brokenRules, which drops the run's state unfrozen: it
  // must skip exactly what applyTolerant skips, and leave the state it started from as it was.
  it("brokenRules finds the events applyTolerant skips, and leaves the starting state alone", () => {
    fc.assert(
      fc.property(campaignArb({ minEvents: 1 }), fc.nat(), (c, n) => {
        const drop = n % c.events.length;
        const log = c.events.filter((_, i) => i !== drop);
        const before = fingerprint(c.initial);
        const broken = brokenRules(c.initial, log);
        assert.equal(fingerprint(c.initial), before, "the starting state changed");
        assertDeepFrozen(c.initial, "the starting state");
        const { skipped } = applyTolerant(c.initial, log);
        assert.deepEqual(
          broken.map((s) => [s.index, s.violation.rule, s.violation.message]),
          skipped.map((s) => [s.index, s.violation.rule, s.violation.message]),
        );
      }),
      propertyParams(),
    );
  });
});
