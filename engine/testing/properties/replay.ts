import assert from "node:assert/strict";
import fc from "fast-check";
import {
  type DomainEvent,
  fingerprint,
  RuleViolationError,
  reduce,
  replay,
  restoreState,
  type State,
  Timeline,
} from "../../engine/index.js";
import { applySegment } from "../../engine/reducer/reduce.js";

/** A log to replay and the state it starts from. */
export interface ReplayCase {
  readonly initial: State;
  readonly events: readonly DomainEvent[];
}

/** The seed every property runs with in CI, unless `SITREP_SEED` names another. */
export const CI_SEED = 20_170_905;
/** Fewest runs of any property. */
export const MIN_RUNS = 200;

/**
 * Parameters for `fc.assert`: at least 200 runs (more with `SITREP_RUNS`); the seed from
 * `SITREP_SEED` when given, else a fixed one when `CI` is set, else a fresh one; `SITREP_PATH`
 * (with the seed) replays one reported failure. fast-check's failure report names the seed and
 * the path, and the original error is included in it, so every failure reproduces:
 * `SITREP_SEED=<seed> SITREP_PATH=<path> npx vitest run <file>`.
 * @example
 * fc.assert(fc.property(campaignArb(), check), propertyParams());
 */
export function propertyParams<T>(
  overrides: fc.Parameters<T> = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): fc.Parameters<T> {
  const fromEnv = (name: string): number | undefined => {
    const text = env[name];
    if (text === undefined || text === "") return undefined;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new RangeError(`${name} must be a whole number, got '${text}'`);
    return n;
  };
  const seed = fromEnv("SITREP_SEED") ?? (env.CI !== undefined && env.CI !== "" ? CI_SEED : undefined);
  const path = env.SITREP_PATH;
  const numRuns = Math.max(MIN_RUNS, overrides.numRuns ?? 0, fromEnv("SITREP_RUNS") ?? 0);
  return {
    ...overrides,
    numRuns,
    includeErrorInReport: true,
    ...(seed === undefined ? {} : { seed }),
    ...(seed !== undefined && path !== undefined && path !== "" ? { path } : {}),
  };
}

/** The path to the first object reachable from `value` that is not frozen, or null when all are. */
export function unfrozenPath(value: unknown, seen: WeakSet<object> = new WeakSet(), path = "$"): string | null {
  if (typeof value !== "object" || value === null || seen.has(value)) return null;
  if (!Object.isFrozen(value)) return path;
  for (const [k, v] of Object.entries(value)) {
    const bad = unfrozenPath(v, seen, `${path}.${k}`);
    if (bad !== null) return bad;
  }
  // Only a fully checked value is remembered: frozen values cannot thaw, so it stays checked.
  seen.add(value);
  return null;
}

/** Asserts every object reachable from `value` is frozen. */
export function assertDeepFrozen(value: unknown, what: string, seen?: WeakSet<object>): void {
  const bad = unfrozenPath(value, seen);
  assert.equal(bad, null, `${what} is not deeply frozen: ${bad ?? ""} can be written`);
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

/** Runs `f`, which must throw a `RuleViolationError`, and returns it. */
export function violationOf(f: () => unknown, what: string): RuleViolationError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolationError) return e;
    throw e;
  }
  assert.fail(`${what}: expected a RuleViolationError, but nothing was thrown`);
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

/** Property form of `checkReplayDeterministic`: every case `arb` generates, with another one replayed in between. */
export function assertReplayDeterministic(
  arb: fc.Arbitrary<ReplayCase>,
  params?: fc.Parameters<[ReplayCase, ReplayCase]>,
): void {
  fc.assert(
    fc.property(arb, arb, (c, other) => checkReplayDeterministic(c, other)),
    propertyParams(params),
  );
}

/** Property form of `checkSeekEqualsReplay`: random snapshot intervals, counts and instants for every case. */
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

/** Property form of `checkSnapshotRoundTrip`, at a random cut of every case. */
export function assertSnapshotRoundTrip(
  arb: fc.Arbitrary<ReplayCase>,
  params?: fc.Parameters<[ReplayCase, number]>,
): void {
  fc.assert(
    fc.property(arb, fc.nat(), (c, n) => checkSnapshotRoundTrip(c, n % (c.events.length + 1))),
    propertyParams(params),
  );
}
