import { expect } from "vitest";
import type { Catalogue } from "../../engine/catalogue/catalogue.js";
import { type RuleId, RuleViolationError } from "../../engine/errors/rule-violation.js";
import type { DomainEvent } from "../../engine/events/event.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { reduce } from "../../engine/reducer/reduce.js";
import { emptyState } from "../../engine/state/initial.js";
import type { State } from "../../engine/state/types.js";
import { replay } from "../../engine/timeline/replay.js";

/**
 * Given/when/then for the reducer, in the spirit of Emmett's DeciderSpecification:
 * `spec(catalogue).given(events).when(event).then((state) => ...)` or `.thenBreaks("rule")`.
 */
export function spec(catalogue: Catalogue) {
  return {
    given(history: readonly DomainEvent[]) {
      const before = replay(emptyState(catalogue), history);
      return {
        when(event: DomainEvent) {
          return {
            /** The event applies; `assert` checks the state after it. Both replay paths must agree. */
            thenExpect(assert: (after: State, before: State) => void): void {
              const after = reduce(before, event);
              expect(fingerprint(replay(before, [event]))).toBe(fingerprint(after));
              assert(after, before);
            },
            /** The event breaks `rule`; the prior state is left as it was. */
            thenBreaks(rule: RuleId, message?: RegExp): RuleViolationError {
              const print = fingerprint(before);
              let caught: unknown;
              try {
                reduce(before, event);
              } catch (e) {
                caught = e;
              }
              expect(caught).toBeInstanceOf(RuleViolationError);
              const err = caught as RuleViolationError;
              expect(err.rule).toBe(rule);
              expect(err.eventId).toBe(event.id);
              expect(err.hint.length).toBeGreaterThan(0);
              if (message) expect(err.message).toMatch(message);
              expect(fingerprint(before)).toBe(print);
              return err;
            },
          };
        },
      };
    },
  };
}
