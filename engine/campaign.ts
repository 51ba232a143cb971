import type { Catalogue } from "./catalogue/catalogue.js";
import { LookupError } from "./errors/lookup-error.js";
import type { EventId } from "./model/ids.js";
import { type Moment, parseMoment, type ResolvedMoment, type ResolveOptions, resolveMoment } from "./moment.js";
import { diff, type StateDiff } from "./query/diff.js";
import { type Explanation, explainControl } from "./query/explain.js";
import { type HistoryEntry, placeHistory } from "./query/history.js";
import { isUncertain, type StateView, viewState } from "./query/view.js";
import type { Scenario } from "./scenario/scenario.js";
import { storedLog } from "./scenario/stored-log.js";
import { emptyState } from "./state/initial.js";
import { placeState } from "./state/place-state.js";
import type { PlaceState, State } from "./state/types.js";
import { type Instant, toIso } from "./time/instant.js";
import { DEFAULT_SNAPSHOT_EVERY, Timeline, type TimelineOptions } from "./timeline/timeline.js";

export { LookupError };

/** The state at one moment, with where it sits in the log and the scenario it belongs to. */
export interface Snapshot {
  /** The scenario, so names, quotes and the catalogue can be looked up from the snapshot alone. */
  readonly scenario: Scenario;
  readonly catalogue: Catalogue;
  /** The moment, resolved in the scenario's zone. */
  readonly at: Instant;
  readonly state: State;
  /** Events applied (a prefix of the log). */
  readonly applied: number;
  readonly lastEvent: EventId | null;
}

/**
 * A moment as users give it: text (`"2017-09-05"`, the end of that day; a local or offset ISO
 * time; an event id, just after that event: see `Moment`), epoch ms, or `{ event }` (a `Moment` of kind `event` is one).
 */
export type When = string | number | { readonly event: EventId };

/**
 * A scenario ready to be questioned: state at any moment, a place's history, why it is held,
 * what changed between two moments. Places may be named by id, name or any alias.
 * @example
 * const c = Campaign.of(loadScenario("central-syria-2017"));
 * Ledger.get(c.at("2017-09-05").state.sieges, "deir-ez-zor-city")?.status; // "broken"
 * c.explain("Sukhnah", "2017-08-06").summary;
 */
export class Campaign {
  readonly scenario: Scenario;
  readonly timeline: Timeline;
  readonly #histories = new Map<string, HistoryEntry[]>();

  private constructor(scenario: Scenario, timeline: Timeline) {
    this.scenario = scenario;
    this.timeline = timeline;
  }

  /**
   * Builds the timeline of a loaded scenario. A lazy timeline of a scenario opened from the
   * compiled cache reads its events as far as it is asked, from the nearest state the cache stored.
   */
  static of(scenario: Scenario, options: TimelineOptions = {}): Campaign {
    const opts = { ...options, snapshotEvery: options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY };
    const log = options.lazy === true ? storedLog(scenario) : undefined;
    return new Campaign(
      scenario,
      log === undefined
        ? Timeline.build(scenario.initial, scenario.events, opts)
        : Timeline.fromLog(scenario.initial, log, opts),
    );
  }

  /**
   * Resolves a moment (see `Moment`): a date is the end of that day in the scenario's zone, a
   * local time is in that zone, an event id (as text or `{ event }`) is the moment just after
   * that event, at its earliest time. Throws `MomentError` for text that is no moment and
   * `LookupError` for an unknown event id, naming `options.option` where given.
   */
  resolve(when: When, options: ResolveOptions = {}): ResolvedMoment {
    if (typeof when === "number") {
      const iso = toIso(when, this.scenario.timeZone);
      return { moment: { kind: "instant", text: iso }, at: { ms: when, iso }, through: null };
    }
    const moment: Moment =
      typeof when === "string" ? parseMoment(when, options) : { kind: "event", text: when.event, event: when.event };
    const scenario = this.scenario;
    return resolveMoment(
      moment,
      {
        id: scenario.id,
        timeZone: scenario.timeZone,
        // read only for an event id (a scenario from the cache reads its events when asked)
        get events() {
          return scenario.events;
        },
        indexOf: (id) => this.timeline.indexOf(id),
      },
      options,
    );
  }

  /** The instant of a moment (an event id's: its earliest time); see `resolve`. */
  instant(when: When): Instant {
    return this.resolve(when).at;
  }

  /**
   * The state at a moment: every event whose earliest time is at or before it; for an event id,
   * the state just after that event (the events before it in the log and itself, none after).
   */
  at(when: When): Snapshot {
    const r = this.resolve(when);
    const count =
      r.through === null ? this.timeline.countAt(r.at.ms) : (this.timeline.indexOf(r.through) as number) + 1;
    const state = this.timeline.stateAfter(count);
    return {
      scenario: this.scenario,
      catalogue: this.scenario.catalogue,
      at: r.at,
      state,
      applied: count,
      lastEvent: state.lastEvent,
    };
  }

  /** The state as people read it at a moment (what `sitrep state --json` prints). */
  view(when: When): StateView & { readonly at: string } {
    const snap = this.at(when);
    return { at: snap.at.iso, ...viewState(snap.state, this.scenario.catalogue, snap.at.ms) };
  }

  /** A place's catalogue id from its id, name or any alias. Throws `LookupError` with the closest names. */
  placeId(name: string): string {
    const p = this.scenario.catalogue.findPlace(name);
    if (p === undefined)
      throw new LookupError(
        `no place '${name}' in scenario '${this.scenario.id}'`,
        this.scenario.catalogue.suggestPlaces(name),
      );
    return p.id;
  }

  /** A place's record at a moment. */
  place(name: string, when: When): PlaceState {
    const id = this.placeId(name);
    const state = this.at(when).state;
    const p = placeState(state, id);
    if (p === undefined) throw new Error(`place '${id}' resolved but missing from the state: this is a bug`);
    return p;
  }

  /** Every change to a place, from the initial facts on, with the events behind them. */
  history(name: string): readonly HistoryEntry[] {
    const id = this.placeId(name);
    let h = this.#histories.get(id);
    if (h === undefined) {
      const s = this.scenario;
      h = placeHistory(emptyState(s.catalogue), s.initialEvents, s.events, id, s.inferred);
      this.#histories.set(id, h);
    }
    return h;
  }

  /** Why a place is held by whom at a moment, as a chain of events with their quotes. */
  explain(name: string, when: When): Explanation {
    const id = this.placeId(name);
    const snap = this.at(when);
    const p = this.place(id, when);
    const history = this.history(id).filter((h) => h.initial || h.index < snap.applied);
    const catalogue = this.scenario.catalogue;
    return explainControl(id, history, p, snap.at.iso, isUncertain(p, snap.at.ms), {
      place: (x) => catalogue.place(x)?.name ?? x,
      side: (x) => catalogue.side(x)?.name ?? x,
    });
  }

  /** What changed between two moments. */
  diff(from: When, to: When): StateDiff {
    return diff(this.at(from).state, this.at(to).state);
  }
}
