import { freeze } from "immer";
import type { DomainEvent } from "../events/event.js";
import { applyTolerant } from "../reducer/reduce.js";
import { emptyState } from "../state/initial.js";
import { inferHoldings, withInferred } from "./infer.js";
import { type LoadProblem, ScenarioLoadError } from "./problems.js";
import type { Scenario } from "./scenario.js";

/** An initial fact of a later scenario left out of a theatre because the timeline already holds it. */
export interface MergedAway {
  readonly scenario: string;
  readonly event: DomainEvent;
  readonly reason: string;
}

/** Scenarios merged into one timeline. */
export interface Theatre {
  readonly scenario: Scenario;
  /** The scenarios it was made from, in time order. */
  readonly parts: readonly string[];
  readonly mergedAway: readonly MergedAway[];
}

/** A later scenario's initial fact, applied when that scenario starts (never before its own earliest time). */
function atStart(event: DomainEvent, start: string, scenario: string): DomainEvent {
  const startMs = Date.parse(start);
  const earliestMs = Date.parse(event.time.earliest);
  if (earliestMs >= startMs) return event;
  const latest = Date.parse(event.time.latest) < startMs ? start : event.time.latest;
  const note = `${event.note ? `${event.note} ` : ""}(In a theatre: an initial fact of ${scenario}, applied when it starts.)`;
  return freeze({ ...event, time: { ...event.time, earliest: start, latest }, note }, true) as DomainEvent;
}

/**
 * Merges scenarios that share places into one timeline, in time order: the earliest scenario's
 * initial facts make the initial state; each later scenario's initial facts are applied when it
 * starts, except those the timeline already holds (a siege already imposed), which are listed in
 * `mergedAway`. Holdings are inferred over the merged log as the loader does for one scenario
 * (`meta.infer: false` turns it off). Throws `ScenarioLoadError` when ids clash or the merged
 * log breaks a rule.
 * @example
 * const t = mergeScenarios([loadScenario("deir-ez-zor-2017-01"), loadScenario("central-syria-2017")]);
 * Campaign.of(t.scenario).at("2017-09-10").state.sieges["deir-ez-zor-city"]?.status; // "broken"
 */
export function mergeScenarios(
  scenarios: readonly Scenario[],
  meta: { readonly id?: string; readonly title?: string; readonly infer?: boolean } = {},
): Theatre {
  if (scenarios.length === 0) throw new RangeError("mergeScenarios needs at least one scenario");
  const parts = [...scenarios].sort((a, b) => Date.parse(a.span.start) - Date.parse(b.span.start));
  const first = parts[0] as Scenario;
  const id = meta.id ?? parts.map((s) => s.id).join("+");
  const problems: LoadProblem[] = [];
  const problem = (message: string) => problems.push({ file: id, path: [], line: null, column: null, message });

  const placeIds = new Set(first.catalogue.places.map((p) => p.id));
  for (const s of parts.slice(1)) {
    if (!s.catalogue.places.every((p) => placeIds.has(p.id)) || s.catalogue.places.length !== placeIds.size) {
      problem(`scenario '${s.id}' has a catalogue of its own; only scenarios on one catalogue can be merged`);
    }
  }
  const seen = new Map<string, string>();
  for (const s of parts) {
    for (const e of [...s.initialEvents, ...s.events]) {
      const prior = seen.get(e.id);
      if (prior !== undefined && prior !== s.id) problem(`event id '${e.id}' is used by both '${prior}' and '${s.id}'`);
      seen.set(e.id, s.id);
    }
  }
  if (problems.length > 0) throw new ScenarioLoadError(problems);

  // Lay every event and every later initial fact on one time axis; ties keep scenario order.
  type Entry = { event: DomainEvent; scenario: string; initial: boolean; order: number };
  const entries: Entry[] = [];
  let order = 0;
  for (const s of parts) {
    if (s !== first)
      for (const e of s.initialEvents)
        entries.push({ event: atStart(e, s.span.start, s.id), scenario: s.id, initial: true, order: order++ });
    for (const e of s.events) entries.push({ event: e, scenario: s.id, initial: false, order: order++ });
  }
  entries.sort((a, b) => Date.parse(a.event.time.earliest) - Date.parse(b.event.time.earliest) || a.order - b.order);

  const mergedAway: MergedAway[] = [];
  const events: DomainEvent[] = [];
  const seeded = freeze({
    ...applyTolerant(emptyState(first.catalogue), first.initialEvents).state,
    applied: 0,
    lastEvent: null,
  });
  const inferred =
    (meta.infer ?? true)
      ? inferHoldings(
          seeded,
          entries.map((e) => e.event),
        )
      : [];
  const initial = withInferred(seeded, inferred);
  let state = initial;
  for (const entry of entries) {
    const r = applyTolerant(state, [entry.event]);
    const skipped = r.skipped[0];
    if (skipped === undefined) {
      state = r.state;
      events.push(entry.event);
    } else if (entry.initial) {
      mergedAway.push({
        scenario: entry.scenario,
        event: entry.event,
        reason: `${skipped.violation.message}: the timeline already holds it`,
      });
    } else {
      problem(
        `event '${entry.event.id}' of '${entry.scenario}' breaks rule '${skipped.violation.rule}' in the merged timeline: ${skipped.violation.message}`,
      );
    }
  }
  if (problems.length > 0) throw new ScenarioLoadError(problems);

  const last = parts.reduce((a, b) => (Date.parse(b.span.end) > Date.parse(a.span.end) ? b : a));
  const scenario: Scenario = {
    id,
    title: meta.title ?? parts.map((s) => s.title).join(" + "),
    description: `A theatre merging ${parts.map((s) => s.id).join(", ")} into one timeline.`,
    timeZone: first.timeZone,
    span: { start: first.span.start, end: last.span.end },
    documents: parts.flatMap((s) => s.documents),
    catalogue: first.catalogue,
    uncited: parts.flatMap((s) => s.uncited),
    initialEvents: first.initialEvents,
    events,
    inferred,
    initial,
    file: null,
  };
  return { scenario: freeze(scenario), parts: parts.map((s) => s.id), mergedAway };
}
