import type { DomainEvent } from "../events/event.js";
import type { EventId } from "../model/ids.js";
import type { State } from "../state/types.js";
import { arrayLog, type EventLog } from "./log.js";

/**
 * The default snapshot interval. With ledgers sharing structure a snapshot costs about 240 KB
 * over 10,000 places, so 512 keeps the snapshots of a 1,000,000-event log near 0.4× the
 * events' own memory while a median seek replays about 256 events (see BENCHMARKS.md).
 */
export const DEFAULT_SNAPSHOT_EVERY = 512;

/** Options of `Timeline.build`. */
export interface TimelineOptions {
  /** Keep a snapshot every this many events, so a seek replays fewer than this many. Default `DEFAULT_SNAPSHOT_EVERY` (512). */
  readonly snapshotEvery?: number;
  /**
   * Replay only as far as a question needs (default false): no event is applied at build, and a
   * seek replays from the last state reached, keeping the snapshots it passes (so, whatever the
   * order of the seeks, no event is replayed more often than an eager build replays it). For a log whose
   * rules were already checked (a compiled scenario): a lazy timeline reports a broken rule only
   * when a seek reaches it. `sitrep state --at` asks one moment, so replays only up to it.
   */
  readonly lazy?: boolean;
}

/**
 * A replayed event log that can be sought by time, by index or by event id. It keeps the
 * state after every `snapshotEvery` events (sharing structure between them), so reaching any
 * moment replays at most that many events from the nearest snapshot.
 * @example
 * const tl = Timeline.build(initial, events);
 * const s = tl.stateAt(Date.parse("2017-09-05T23:59:59+03:00"));
 */
export class Timeline {
  readonly initial: State;
  readonly snapshotEvery: number;
  readonly #log: EventLog;
  /** `#snapshots[k]` is the state after `k * snapshotEvery` events; a lazy timeline has holes. */
  readonly #snapshots: (State | undefined)[];

  private constructor(initial: State, log: EventLog, every: number, snapshots: State[]) {
    this.initial = initial;
    this.#log = log;
    this.snapshotEvery = every;
    this.#snapshots = snapshots;
  }

  /** Replays `events` from `initial`, keeping snapshots. Throws `RuleViolationError` on the first broken rule. */
  static build(initial: State, events: readonly DomainEvent[], options: TimelineOptions = {}): Timeline {
    return Timeline.#of(initial, arrayLog(events), options);
  }

  /**
   * A timeline over a log read as far as it is asked (see `EventLog`), starting a seek from the
   * nearest snapshot or stored state before it. `initial` must be the state the log's stored
   * states were replayed from.
   */
  static fromLog(initial: State, log: EventLog, options: TimelineOptions = {}): Timeline {
    return Timeline.#of(initial, log, options);
  }

  static #of(initial: State, log: EventLog, options: TimelineOptions): Timeline {
    const every = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
    if (!Number.isInteger(every) || every < 1)
      throw new RangeError(`snapshotEvery must be a whole number >= 1, got ${every}`);
    const snapshots: State[] = [initial];
    if (options.lazy === true) return new Timeline(initial, log, every, snapshots);
    let state = initial;
    for (let from = 0; from < log.length; from += every) {
      state = log.apply(state, from, Math.min(log.length, from + every));
      snapshots.push(state);
    }
    return new Timeline(initial, log, every, snapshots);
  }

  /** The events of the log, in order (a log kept in chunks reads all of them). */
  get events(): readonly DomainEvent[] {
    return this.#log.all();
  }

  /** Number of events in the log. */
  get length(): number {
    return this.#log.length;
  }

  /** The state once the first `count` events are applied (0 gives the initial state). */
  stateAfter(count: number): State {
    const log = this.#log;
    if (!Number.isInteger(count) || count < 0 || count > log.length) {
      throw new RangeError(`count must be a whole number from 0 to ${log.length}, got ${count}`);
    }
    const every = this.snapshotEvery;
    const k = Math.floor(count / every);
    // a lazy timeline: the nearest state reached or stored before
    let j = k;
    while (this.#snapshots[j] === undefined) {
      const stored = j > 0 ? log.stored(j * every) : undefined;
      if (stored !== undefined) this.#snapshots[j] = stored;
      else j--;
    }
    let base = this.#snapshots[j] as State;
    // a lazy timeline keeps every snapshot it passes, so no segment is ever replayed twice
    for (let m = j + 1; m <= k; m++) {
      base = log.apply(base, (m - 1) * every, m * every);
      this.#snapshots[m] = base;
    }
    return log.apply(base, k * every, count);
  }

  /** How many events have `earliest <= ms`: the log prefix in force at that instant. */
  countAt(ms: number): number {
    let lo = 0;
    const earliest = this.#log.earliest;
    let hi = earliest.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((earliest[mid] as number) <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The state at an instant (epoch milliseconds): every event whose earliest time is at or before it applied. */
  stateAt(ms: number): State {
    return this.stateAfter(this.countAt(ms));
  }

  /** The position of an event in the log, or undefined. */
  indexOf(id: EventId): number | undefined {
    return this.#log.indexOf(id);
  }

  /** The state just after the event `id` is applied. */
  stateAfterEvent(id: EventId): State {
    const i = this.#log.indexOf(id);
    if (i === undefined) throw new RangeError(`no event '${id}' in this timeline`);
    return this.stateAfter(i + 1);
  }

  /** The state after every event. */
  get final(): State {
    return this.stateAfter(this.#log.length);
  }

  /** How many snapshots are kept (the initial state included). */
  get snapshotCount(): number {
    return this.#snapshots.filter((s) => s !== undefined).length;
  }
}
