import assert from "node:assert/strict";
import fc from "fast-check";
import { type DomainEvent, fingerprint, reduce, replay, restoreState, type State, Timeline } from "../../index.js";
import { applySegment } from "../../reducer/reduce.js";
import { assertDeepFrozen } from "./frozen.js";
import { propertyParams } from "./params.js";

/** A log to replay and the state it starts from. */
export interface ReplayCase {
  readonly initial: State;
  readonly events: readonly DomainEvent[];
}

/** The states after 0, 1, ..., n events, by folding `reduce` (immer) one event at a time. */
export function foldReduce(initial: State, events: readonly DomainEvent[]): State[] {
  const states = [initial];
  let s = initial;
  for (const e of events) {
    s = reduce(s, e);
    states.push(s);
  }
  return states;
}

/** A deep, unfrozen copy of events, built again from their JSON. */
function copyEvents(events: readonly DomainEvent[]): DomainEvent[] {
  return JSON.parse(JSON.stringify(events)) as DomainEvent[];
}

/**
 * Replay is deterministic: two replays of the same log, one of them on copies of the state and
 * events rebuilt from JSON (nothing shared, nothing frozen) and after replaying `other` in
 * between (so that any cache the engine keeps has seen other events), and a fold of `reduce`,
 * give the same fingerprint.
 */
export function checkReplayDeterministic(c: ReplayCase, other?: ReplayCase): void {
  const first = fingerprint(replay(c.initial, c.events));
  if (other !== undefined) replay(other.initial, other.events);
  const copy = replay(restoreState(JSON.parse(JSON.stringify(c.initial))), copyEvents(c.events));
  assert.equal(fingerprint(copy), first, "a replay of copies of the same log gave another state");
  assert.equal(fingerprint(replay(c.initial, c.events)), first, "a second replay of the same log gave another state");
  assert.equal(fingerprint(foldReduce(c.initial, c.events).at(-1) ?? c.initial), first, "folding reduce differs");
}

/** Where to seek in a log: a snapshot interval, event counts and instants (epoch ms). */
export interface Seeks {
  readonly snapshotEvery: number;
  readonly counts: readonly number[];
  readonly instants: readonly number[];
}

/**
 * Seeking equals replaying: `Timeline.stateAfter(k)` and `stateAt(t)` (with any snapshot
 * interval) have the fingerprint of a fresh replay of the prefix they stand for, `replay(...,
 * { until })` agrees with `stateAt`, and a state sought to plus the rest of the log equals the
 * full replay.
 */
export function checkSeekEqualsReplay(c: ReplayCase, seeks: Seeks): void {
  const tl = Timeline.build(c.initial, c.events, { snapshotEvery: seeks.snapshotEvery });
  const full = fingerprint(replay(c.initial, c.events));
  assert.equal(fingerprint(tl.final), full, "the timeline's final state differs from a replay");
  for (const k of seeks.counts) {
    const sought = tl.stateAfter(k);
    const fresh = replay(c.initial, c.events.slice(0, k));
    assert.equal(fingerprint(sought), fingerprint(fresh), `stateAfter(${k}) differs from a replay of ${k} events`);
    assert.equal(sought.applied, k, `stateAfter(${k}) applied ${sought.applied} events`);
    const tail = applySegment(sought, c.events, k);
    assert.equal(fingerprint(tail), full, `the state after ${k} events plus the rest differs from the full replay`);
  }
  for (const ms of seeks.instants) {
    const prefix = c.events.filter((e) => Date.parse(e.time.earliest) <= ms);
    const fresh = fingerprint(replay(c.initial, prefix));
    const at = new Date(ms).toISOString();
    assert.equal(fingerprint(tl.stateAt(ms)), fresh, `stateAt(${at}) differs from a replay of the events up to it`);
    assert.equal(fingerprint(replay(c.initial, c.events, { until: ms })), fresh, `replay until ${at} differs`);
  }
}

/**
 * A state survives a JSON round trip: `restoreState(JSON.parse(JSON.stringify(s)))` has the
 * fingerprint of `s`, is deeply frozen, and replaying the rest of the log from it (in bulk and
 * with `reduce`) ends where the full replay does.
 */
export function checkSnapshotRoundTrip(c: ReplayCase, k: number): void {
  const s = replay(c.initial, c.events.slice(0, k));
  const restored = restoreState(JSON.parse(JSON.stringify(s)));
  assert.equal(fingerprint(restored), fingerprint(s), `the state after ${k} events changed in a JSON round trip`);
  assertDeepFrozen(restored, "a restored state");
  const full = fingerprint(replay(c.initial, c.events));
  const rest = c.events.slice(k);
  assert.equal(
    fingerprint(replay(restored, rest)),
    full,
    `replaying from the restored state after ${k} events differs`,
  );
  const folded = rest.reduce<State>((acc, e) => reduce(acc, e), restored);
  assert.equal(fingerprint(folded), full, `reducing from the restored state after ${k} events differs`);
}

/** Seeks into a log: a snapshot interval, 1-4 counts and 1-4 instants around its events' times. */
function seeksArb(events: readonly DomainEvent[]): fc.Arbitrary<Seeks> {
  const times = events.map((e) => Date.parse(e.time.earliest));
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  const instant = fc.oneof(
    fc
      .tuple(fc.nat(), fc.constantFrom(-1, 0, 1))
      .map(([i, d]) => (times.length === 0 ? d : (times[i % times.length] ?? 0) + d)),
    fc.integer({ min: first - 86_400_000, max: last + 86_400_000 }),
  );
  return fc.record({
    snapshotEvery: fc.integer({ min: 1, max: Math.max(1, events.length + 1) }),
    counts: fc.array(fc.nat({ max: events.length }), { minLength: 1, maxLength: 4 }),
    instants: fc.array(instant, { minLength: 1, maxLength: 4 }),
  });
}

/**
 * Replay is deterministic for every case `arb` generates (see `checkReplayDeterministic`):
 * a replay, a replay of JSON copies after another case, and a fold of `reduce` agree.
 * Runs with `propertyParams`, so CI fixes the seed and every failure reproduces.
 * @example
 * assertReplayDeterministic(campaignArb());
 * // or your own scenario's log, cut at random points:
 * assertReplayDeterministic(fc.nat({ max: s.events.length }).map((k) => ({ initial: s.initial, events: s.events.slice(0, k) })));
 */
export function assertReplayDeterministic(
  arb: fc.Arbitrary<ReplayCase>,
  params?: fc.Parameters<[ReplayCase, ReplayCase]>,
): void {
  fc.assert(
    fc.property(arb, arb, (c, other) => checkReplayDeterministic(c, other)),
    propertyParams(params),
  );
}

/**
 * Seeking equals replaying for every case `arb` generates (see `checkSeekEqualsReplay`), with
 * random snapshot intervals, event counts and instants.
 * @example
 * assertSeekEqualsReplay(campaignArb({ maxEvents: 30 }));
 */
export function assertSeekEqualsReplay(
  arb: fc.Arbitrary<ReplayCase>,
  params?: fc.Parameters<[{ c: ReplayCase; seeks: Seeks }]>,
): void {
  const withSeeks = arb.chain((c) => seeksArb(c.events).map((seeks) => ({ c, seeks })));
  fc.assert(
    fc.property(withSeeks, ({ c, seeks }) => checkSeekEqualsReplay(c, seeks)),
    propertyParams(params),
  );
}

/**
 * A state survives a JSON round trip at a random cut of every case `arb` generates (see
 * `checkSnapshotRoundTrip`): restored, it has the same fingerprint, is deeply frozen, and
 * replays the rest of the log to the same end.
 * @example
 * assertSnapshotRoundTrip(campaignArb());
 */
export function assertSnapshotRoundTrip(
  arb: fc.Arbitrary<ReplayCase>,
  params?: fc.Parameters<[ReplayCase, number]>,
): void {
  fc.assert(
    fc.property(arb, fc.nat(), (c, n) => checkSnapshotRoundTrip(c, n % (c.events.length + 1))),
    propertyParams(params),
  );
}
