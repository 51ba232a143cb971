import type { Campaign } from "../engine/campaign.js";
import type { DomainEvent } from "../engine/events/event.js";
import { diff, type StateDiff } from "../engine/query/diff.js";
import type { Explanation } from "../engine/query/explain.js";
import { type StateView, viewState } from "../engine/query/view.js";
import type { State } from "../engine/state/types.js";
import { toIso } from "../engine/time/instant.js";

/** A position in the log: how many events are applied, and the moment it stands for. */
export interface Position {
  readonly applied: number;
  readonly atMs: number;
}

/**
 * A cursor over a campaign's log: it steps event by event, seeks to a date, a time or an event,
 * and shows the state where it stands. `state` is the state as people read it (place names,
 * uncertainty), `raw` the engine's state. It remembers where it last stopped, for `diff`.
 * @example
 * const cursor = new Cursor(Campaign.of(scenario));
 * cursor.next(3);
 * cursor.state.places.find((p) => p.id === "sukhnah")?.controller;
 */
export class Cursor {
  readonly campaign: Campaign;
  #pos: Position;
  #previous: Position;

  constructor(campaign: Campaign) {
    this.campaign = campaign;
    this.#pos = { applied: 0, atMs: Date.parse(campaign.scenario.span.start) };
    this.#previous = this.#pos;
  }

  /** Events in the log. */
  get total(): number {
    return this.campaign.timeline.length;
  }

  /** Events applied. */
  get applied(): number {
    return this.#pos.applied;
  }

  /** The moment the cursor stands for (ISO 8601 with the scenario's offset). */
  get at(): string {
    return toIso(this.#pos.atMs, this.campaign.scenario.timeZone);
  }

  /** The last event applied, or null at the start. */
  get event(): DomainEvent | null {
    return this.campaign.scenario.events[this.#pos.applied - 1] ?? null;
  }

  /** The next event to apply, or null at the end. */
  get upcoming(): DomainEvent | null {
    return this.campaign.scenario.events[this.#pos.applied] ?? null;
  }

  get position(): Position {
    return this.#pos;
  }

  /** The engine's state at the cursor. */
  get raw(): State {
    return this.campaign.timeline.stateAfter(this.#pos.applied);
  }

  /** The state at the cursor as people read it: places with names, sieges, fronts, uncertain facts flagged. */
  get state(): StateView & { readonly at: string } {
    return { at: this.at, ...viewState(this.raw, this.campaign.scenario.catalogue, this.#pos.atMs) };
  }

  /** Moves to `applied` events (clamped to the log); returns the events applied on the way forward. */
  moveTo(applied: number, atMs?: number): DomainEvent[] {
    const target = Math.max(0, Math.min(this.total, applied));
    const events = this.campaign.scenario.events;
    const last = events[target - 1];
    const at =
      atMs ?? (last === undefined ? Date.parse(this.campaign.scenario.span.start) : Date.parse(last.time.earliest));
    const passed = events.slice(this.#pos.applied, Math.max(this.#pos.applied, target));
    this.#previous = this.#pos;
    this.#pos = { applied: target, atMs: at };
    return [...passed];
  }

  /** Applies the next `n` events; returns them. */
  next(n = 1): DomainEvent[] {
    return this.moveTo(this.#pos.applied + n);
  }

  /** Steps back `n` events; at the start it stays where it is (and where it last stopped) and returns false. */
  prev(n = 1): boolean {
    if (this.#pos.applied === 0) return false;
    this.moveTo(this.#pos.applied - n);
    return true;
  }

  /**
   * Seeks to a moment (see `Moment`): a date (`2017-09-05`: the end of that day), a time, or an
   * event id (just after it), as every command reads one. Throws `MomentError` for text that is
   * no moment and `LookupError` for an unknown event id.
   */
  seek(target: string): DomainEvent[] {
    const snap = this.campaign.at(target);
    return this.moveTo(snap.applied, snap.at.ms);
  }

  /** What changed between where the cursor last stopped and where it stands. */
  diff(): StateDiff {
    const tl = this.campaign.timeline;
    return diff(tl.stateAfter(this.#previous.applied), tl.stateAfter(this.#pos.applied));
  }

  /** Why a place is held by whom at the cursor. */
  why(place: string): Explanation {
    const e = this.event;
    const onEvent = e !== null && Date.parse(e.time.earliest) === this.#pos.atMs;
    return this.campaign.explain(place, onEvent ? { event: e.id } : this.#pos.atMs);
  }
}
