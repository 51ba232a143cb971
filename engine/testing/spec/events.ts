import assert from "node:assert/strict";
import type { When } from "../../campaign.js";
import type { Catalogue } from "../../catalogue/catalogue.js";
import { type RuleId, RuleViolationError } from "../../errors/rule-violation.js";
import { createEvent } from "../../events/create.js";
import type { DomainEvent } from "../../events/event.js";
import type { EventInput } from "../../events/schema.js";
import { didYouMean, suggest } from "../../model/suggest.js";
import { appliedIn, momentIn } from "../../moment.js";
import { fingerprint } from "../../query/fingerprint.js";
import { reduce } from "../../reducer/reduce.js";
import type { Scenario } from "../../scenario/scenario.js";
import { emptyState } from "../../state/initial.js";
import type { State } from "../../state/types.js";
import { replay } from "../../timeline/replay.js";
import { registerContext } from "../subject.js";

/** An event as a spec takes it: a loaded event, an input written as in a scenario file, or (with a scenario) the id of one of its events. */
export type SpecEvent = DomainEvent | EventInput | string;

/** The last step of a spec: what the event must do. */
export interface SpecOutcome {
  /**
   * The event applies; `assert` checks the state after it (and the state before). A replay of
   * the event and `reduce` must agree. Returns the state after. The states are registered with
   * the spec's catalogue, so the matchers read names in it.
   */
  thenExpect(assert: (after: State, before: State) => void): State;
  /** The event breaks `rule` (its message matching `message`, if given), and the prior state is left as it was. */
  thenBreaks(rule: RuleId, message?: RegExp): RuleViolationError;
}

/** A spec with its history: say which event comes next. */
export interface SpecGiven {
  when(event: SpecEvent): SpecOutcome;
}

/** A spec of the reducer over a scenario or a catalogue. */
export interface EventSpec {
  /** The events before (after the scenario's initial facts, or from the empty state for a catalogue). */
  given(history: readonly SpecEvent[]): SpecGiven;
  /** The scenario's own log up to a moment: a date (end of that day), a time, or `{ event }` (up to and with it). */
  givenUntil(when: When): SpecGiven;
}

function isScenario(x: Scenario | Catalogue): x is Scenario {
  return "events" in x && "initial" in x;
}

function describeBreak(e: unknown): string {
  if (e === undefined) return "it applied";
  return e instanceof Error ? `it threw ${e.name}: ${e.message}` : `it threw ${String(e)}`;
}

/**
 * Given/when/then for the reducer, in the spirit of Emmett's DeciderSpecification: the
 * history, the event, and what it must do. Over a scenario, history starts from its initial
 * facts, events may be named by id and inputs are dated in its zone; over a catalogue, it
 * starts from the empty state and inputs are dated in UTC. Assertions use `node:assert`, so
 * any test runner reports them.
 * @example
 * spec(scenario)
 *   .givenUntil("2017-09-04")
 *   .when("cs-0905-siege-broken")
 *   .thenBreaks("dependency-missing"); // or .thenExpect((after) => expect(after).toHaveSiegeStatus(...))
 * spec(catalogue)
 *   .given([capture])
 *   .when(counterattack)
 *   .thenExpect((after) => expect(after).toHaveController("North Town", "rebels"));
 */
export function spec(subject: Scenario | Catalogue): EventSpec {
  const scenario = isScenario(subject) ? subject : null;
  const catalogue = scenario === null ? (subject as Catalogue) : scenario.catalogue;
  const zone = scenario?.timeZone ?? "UTC";
  const start = scenario?.initial ?? emptyState(catalogue);
  const toEvent = (e: SpecEvent): DomainEvent => {
    if (typeof e !== "string") return "earliest" in e.time ? (e as DomainEvent) : createEvent(e as EventInput, zone);
    const hit = scenario?.events.find((x) => x.id === e);
    if (hit !== undefined) return hit;
    throw new TypeError(
      scenario === null
        ? `spec: '${e}' is an event id, but a spec over a catalogue has no log to find it in: give the event`
        : `spec: no event '${e}' in scenario '${scenario.id}'${didYouMean(
            suggest(
              e,
              scenario.events.map((x) => x.id),
            ),
          )}`,
    );
  };
  const withHistory = (history: readonly DomainEvent[]): SpecGiven => ({
    when(input) {
      const event = toEvent(input);
      const known = scenario === null ? [] : [...scenario.initialEvents, ...scenario.events];
      registerContext(start.refs, catalogue, [...known, ...history, event]);
      const before = replay(start, history);
      return {
        thenExpect(check) {
          const after = reduce(before, event);
          assert.equal(
            fingerprint(replay(before, [event])),
            fingerprint(after),
            "reduce and replay of the same event gave different states",
          );
          check(after, before);
          return after;
        },
        thenBreaks(rule, message) {
          const print = fingerprint(before);
          let caught: unknown;
          try {
            reduce(before, event);
          } catch (e) {
            caught = e;
          }
          if (!(caught instanceof RuleViolationError)) {
            assert.fail(`expected event '${event.id}' to break rule '${rule}', but ${describeBreak(caught)}`);
          }
          assert.equal(caught.rule, rule, `expected event '${event.id}' to break rule '${rule}': ${caught.message}`);
          assert.equal(caught.eventId, event.id, "the violation names another event");
          assert.ok(caught.hint.length > 0, "the violation gives no hint of what would be valid");
          if (message !== undefined) assert.match(caught.message, message);
          assert.equal(fingerprint(before), print, "the event changed the state it broke a rule of");
          return caught;
        },
      };
    },
  });
  return {
    given: (history) => withHistory(history.map(toEvent)),
    givenUntil(when) {
      if (scenario === null)
        throw new TypeError("spec: givenUntil needs a scenario; over a catalogue, use given(events)");
      if (typeof when === "object") {
        const i = scenario.events.findIndex((e) => e.id === when.event);
        if (i < 0) toEvent(when.event);
        return withHistory(scenario.events.slice(0, i + 1));
      }
      if (typeof when === "number")
        return withHistory(scenario.events.filter((e) => Date.parse(e.time.earliest) <= when));
      return withHistory(scenario.events.slice(0, appliedIn(momentIn(when, scenario), scenario.events)));
    },
  };
}
