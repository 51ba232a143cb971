import { DateTime } from "luxon";
import type { Forecast, MilestoneForecast } from "../../forecast/forecast.js";
import type { BranchForecast } from "../../forecast/whatif.js";
import { didYouMean, suggest } from "../../model/suggest.js";
import { DAY_MS } from "../../time/day-ms.js";
import { NameError } from "../subject.js";
import { show } from "./format.js";
import { matcher, verdict } from "./result.js";

/** What the forecast matchers take: a `Forecast`, or a `BranchForecast` (its branch's forecast is read). */
export type ForecastSubject = Forecast | BranchForecast;

/** The expectation of `toHaveMilestoneProbability`. */
export interface MilestoneProbability {
  /** A date (YYYY-MM-DD) within the forecast: happened on it or before; default the horizon. */
  readonly by?: string;
  /** The probability lies in this closed range, each end from 0 to 1. */
  readonly within: readonly [number, number];
}

/** The expectation of `toComeLaterThan`. */
export interface LaterThan {
  /** The least share of paired runs in which the milestone comes later (0 to 1). */
  readonly probability: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isForecast(x: unknown): x is Forecast {
  return typeof x === "object" && x !== null && "milestones" in x && "horizonDays" in x && "seed" in x;
}

function asForecast(received: unknown, what = "expect"): Forecast {
  if (isForecast(received)) return received;
  if (typeof received === "object" && received !== null && "forecasts" in received) {
    const branch = (received as BranchForecast).forecasts?.branch;
    if (isForecast(branch)) return branch;
  }
  throw new TypeError(
    `${what} a Forecast (the result of forecast()) or a BranchForecast (the result of forecastBranch()), got ${received === null ? "null" : typeof received}`,
  );
}

function milestoneOf(f: Forecast, id: string): MilestoneForecast {
  const m = f.milestones.find((x) => x.id === id);
  if (m !== undefined) return m;
  const ids = f.milestones.map((x) => x.id);
  throw new NameError(
    `no milestone '${id}' in this forecast of '${f.scenario}' (those open at its origin, ${f.from}: ${ids.map((x) => `'${x}'`).join(", ") || "none"})${didYouMean(suggest(id, ids))}`,
  );
}

/** The local date of a moment of a forecast: its ISO text carries the zone's offset then. */
function localDate(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).toISODate() as string;
}

/** The local date a run's sample falls on: runs happen at the start of a day, so its midday names it. */
function runDate(f: Forecast, days: number): string {
  const origin = DateTime.fromISO(f.from, { setZone: true });
  return origin.plus({ milliseconds: days * DAY_MS + DAY_MS / 2 }).toISODate() as string;
}

function checkDate(name: string, value: string, f: Forecast): void {
  const first = localDate(f.from);
  const last = localDate(f.until);
  if (typeof value !== "string" || !DATE.test(value))
    throw new RangeError(`${name} must be a date YYYY-MM-DD, such as '${last}', got ${show(value)}`);
  if (value < first || value > last)
    throw new RangeError(
      `${name} ${value} is outside the forecast (${first} to ${last}): nothing is known of other dates; give a date within it`,
    );
}

function checkShare(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1)
    throw new RangeError(`${name} must be a probability from 0 to 1, got ${show(value)}`);
  return value;
}

function context(f: Forecast): string {
  return `  forecast of '${f.scenario}' from ${f.from} to ${f.until}: ${f.runs} runs, seed '${f.seed}'`;
}

function spread(m: MilestoneForecast): string {
  const d = (x: string | null) => x ?? "beyond the horizon";
  return `  median ${d(m.dates.p50)}; 50% interval ${d(m.dates.p25)} to ${d(m.dates.p75)}; 90% interval ${d(m.dates.p5)} to ${d(m.dates.p95)}; not by the horizon in ${Math.round(m.beyond * 100)}% of runs`;
}

/**
 * Passes when the share of runs in which the milestone happened by `by` (a date within the
 * forecast, that day included; default the horizon) lies within `[lo, hi]`. An unknown
 * milestone throws with the ones open at the origin, even under `.not`.
 */
export const toHaveMilestoneProbability = matcher(
  (received: unknown, milestone: string, expected: MilestoneProbability) => {
    const f = asForecast(received);
    const m = milestoneOf(f, milestone);
    const [lo, hi] = [checkShare("within[0]", expected.within?.[0]), checkShare("within[1]", expected.within?.[1])];
    if (lo > hi) throw new RangeError(`within must be [lo, hi] with lo <= hi, got [${lo}, ${hi}]`);
    if (expected.by !== undefined) checkDate("by", expected.by, f);
    let count = 0;
    for (const s of m.samples)
      if (Number.isFinite(s) && (expected.by === undefined || runDate(f, s) <= expected.by)) count++;
    const p = count / m.samples.length;
    const by = expected.by ?? `the horizon (${localDate(f.until)})`;
    const what = `milestone '${m.id}' (${m.label}) to happen by ${by} with a probability`;
    return verdict(
      p >= lo && p <= hi,
      {
        positive: `expected ${what} within [${lo}, ${hi}]`,
        negative: `expected ${what} outside [${lo}, ${hi}], but it is within`,
      },
      () => [`  found ${show(p)}: by ${by} in ${count} of ${m.samples.length} runs`, spread(m), context(f)],
      { actual: p, expected: [lo, hi] },
    );
  },
);

/**
 * Passes when the milestone's median date lies from `from` to `to` (dates YYYY-MM-DD, both
 * included). A median beyond the horizon (half the runs or more do not get there) fails.
 */
export const toHaveMedianBetween = matcher((received: unknown, milestone: string, from: string, to: string) => {
  const f = asForecast(received);
  const m = milestoneOf(f, milestone);
  checkDate("from", from, f);
  checkDate("to", to, f);
  if (from > to) throw new RangeError(`from ${from} is after to ${to}: give the earlier date first`);
  const median = m.dates.p50;
  return verdict(
    median !== null && median >= from && median <= to,
    {
      positive: `expected the median date of milestone '${m.id}' (${m.label}) to lie from ${from} to ${to}`,
      negative: `expected the median date of milestone '${m.id}' (${m.label}) not to lie from ${from} to ${to}, but it does`,
    },
    () => [`  found ${median ?? "beyond the horizon"}`, spread(m), context(f)],
    { actual: median, expected: [from, to] },
  );
});

/** Whether a run of `f` reaches the milestone on a later day than the same run of `g`; not at all is latest. */
function later(f: Forecast, a: number, g: Forecast, b: number): boolean {
  if (!Number.isFinite(a)) return Number.isFinite(b);
  if (!Number.isFinite(b)) return false;
  return runDate(f, a) > runDate(g, b);
}

/**
 * Passes when, in at least `probability` of the runs, the milestone comes on a later day in
 * this forecast than in `other` (or happens there by the horizon and not here). Runs are
 * paired: run i of each, both drawn from seed `${seed}:${i}`, so both forecasts must share
 * their seed and number of runs.
 */
export const toComeLaterThan = matcher((received: unknown, other: unknown, milestone: string, expected: LaterThan) => {
  const f = asForecast(received);
  const g = asForecast(other, "toComeLaterThan compares with");
  const at = checkShare("probability", expected?.probability);
  if (f.seed !== g.seed || f.runs !== g.runs)
    throw new RangeError(
      `toComeLaterThan pairs run i of both forecasts, drawn from the same seed: make both with the same seed and runs (got seed '${f.seed}' with ${f.runs} runs against seed '${g.seed}' with ${g.runs})`,
    );
  const m = milestoneOf(f, milestone);
  const n = milestoneOf(g, milestone);
  let count = 0;
  m.samples.forEach((s, i) => {
    if (later(f, s, g, n.samples[i] as number)) count++;
  });
  const p = count / f.runs;
  const what = `milestone '${m.id}' (${m.label}) to come later than in the other forecast`;
  return verdict(
    p >= at,
    {
      positive: `expected ${what} with a probability of at least ${at}`,
      negative: `expected ${what} with a probability below ${at}, but it does in ${show(p)}`,
    },
    () => [
      `  found ${show(p)}: later in ${count} of ${f.runs} paired runs (run i of each, seed '${f.seed}:i')`,
      "  this forecast:",
      `  ${spread(m)}`,
      `  ${context(f)}`,
      "  the other:",
      `  ${spread(n)}`,
      `  ${context(g)}`,
    ],
    { actual: p, expected: at },
  );
});
