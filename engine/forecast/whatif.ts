import { DateTime } from "luxon";
import type { DomainEvent } from "../events/event.js";
import { loadScenario } from "../scenario/builtin.js";
import type { Scenario } from "../scenario/scenario.js";
import { parseInstant, toIso } from "../time/instant.js";
import { applyEdits, earliestMs } from "../whatif/apply.js";
import type { Branch } from "../whatif/branch.js";
import { type Forecast, type ForecastOptions, forecastPrepared, type MilestoneForecast } from "./forecast.js";
import { DAY_MS } from "./history.js";
import { SIEGE_ENDS } from "./milestones.js";
import { recordedOutcomes } from "./recorded.js";
import { ForecastError, type ForecastMoment, prepareForecast } from "./setup.js";

/** A branch, its base loaded by id (or path), or a branch of a loaded scenario. */
export type BranchTarget = Branch | { readonly scenario: Scenario; readonly branch: Branch };

/** Options of `forecastBranch`: those of `forecast`, with `from` defaulting to the branch point. */
export interface BranchForecastOptions extends Omit<ForecastOptions, "from"> {
  /** Where to start; default the branch point's origin (the end of the day before the earliest edit). */
  readonly from?: ForecastMoment;
}

/** Where a branch's log first departs from its base's. */
export interface BranchPoint {
  /** The earliest time (ISO 8601) of the first event the two logs disagree on: edited, dropped, inserted, moved. */
  readonly at: string;
  /** That event's id (the branch's, or the base's when the base's is the one gone or moved). */
  readonly event: string;
  /** The latest moment both logs agree on: the end of the day before `at` (or the start of the span). */
  readonly origin: string;
}

/** When the base's log records a milestone after the origin. */
export interface RecordedDate {
  /** The local date, and the earliest time and id of the event after which it holds. */
  readonly date: string;
  readonly time: string;
  readonly event: string;
  /** How: `reached` for an objective; `broken`, `lifted` or `fallen` for a siege. */
  readonly how: string;
}

/** One milestone open at the origin in the branch: its forecast there, next to what the base records. */
export interface BranchMilestone {
  readonly id: string;
  readonly kind: MilestoneForecast["kind"];
  readonly label: string;
  /** The branch's forecast of it. */
  readonly forecast: MilestoneForecast;
  /** When the base's log records it after the origin; null when it never does, or it is not open in the base then. */
  readonly recorded: RecordedDate | null;
  /**
   * The share of runs in which the branch's milestone falls on a later day than the recorded
   * date, or not by the horizon; null when nothing is recorded by the horizon.
   */
  readonly laterThanRecorded: number | null;
}

/** The result of `forecastBranch`. */
export interface BranchForecast {
  readonly scenario: string;
  readonly branch: { readonly name: string; readonly note: string };
  readonly branchPoint: BranchPoint;
  /** The origin the forecasts start from (ISO 8601), the horizon, the runs and the seed. */
  readonly from: string;
  readonly until: string;
  readonly runs: number;
  readonly seed: string;
  /** Per milestone open in the branch at the origin, in the forecast's order. */
  readonly milestones: readonly BranchMilestone[];
  /**
   * The two forecasts, run i of each drawing from the same seed. From the branch point or
   * earlier both logs know the same, so both are one forecast (the same object, computed once).
   */
  readonly forecasts: { readonly base: Forecast; readonly branch: Forecast };
}

/** The earliest time either log changes, and the event changed there; null when the logs are the same. */
function departure(base: readonly DomainEvent[], edited: readonly DomainEvent[]): { ms: number; event: string } | null {
  // Both logs are sorted by earliest time and share every event the edits leave alone, so the
  // first index where they hold different events is where they part, at the earlier of the two.
  const n = Math.max(base.length, edited.length);
  for (let i = 0; i < n; i++) {
    const a = base[i];
    const b = edited[i];
    if (a === b) continue;
    const ma = a === undefined ? Number.POSITIVE_INFINITY : earliestMs(a);
    const mb = b === undefined ? Number.POSITIVE_INFINITY : earliestMs(b);
    // Name the event an edit touched: the branch's unless it is one of the base's own (then
    // the base's is the one dropped or moved away).
    const own = b !== undefined && !base.includes(b);
    const event = (own || a === undefined ? b : a) as DomainEvent;
    return { ms: Math.min(ma, mb), event: event.id };
  }
  return null;
}

/**
 * Where a branch departs from its base: the first event the two logs disagree on and the
 * latest moment both agree on (the end of the day before it, or the start of the span when
 * that day is the first). Throws `ForecastError` for a branch that changes nothing, or
 * whose first change is at the very start of the span.
 * @example
 * branchPointOf(s, branch("no-link-up").from(s).drop("cs-0905-link-up-137th").build()).origin;
 * // "2017-09-04T23:59:59.999+03:00"
 */
export function branchPointOf(scenario: Scenario, branch: Branch): BranchPoint {
  const zone = scenario.timeZone;
  const edited = applyEdits(scenario, branch).events;
  const d = departure(scenario.events, edited);
  if (d === null)
    throw new ForecastError(
      `branch '${branch.name}' leaves the log of '${scenario.id}' as it is: give it an edit, or forecast the scenario itself`,
    );
  const dayBefore = DateTime.fromMillis(d.ms, { zone }).startOf("day").minus({ milliseconds: 1 }).toMillis();
  const spanStart = Date.parse(scenario.span.start);
  const originMs = Math.max(dayBefore, spanStart);
  if (originMs >= d.ms)
    throw new ForecastError(
      `branch '${branch.name}' changes the log at the start of the span ('${d.event}', ${toIso(d.ms, zone)}): there is no earlier moment both logs agree on, so there is no branch point to forecast from`,
    );
  return { at: toIso(d.ms, zone), event: d.event, origin: toIso(originMs, zone) };
}

function resolve(target: BranchTarget): { scenario: Scenario; branch: Branch } {
  if ("edits" in target) return { scenario: loadScenario(target.base), branch: target };
  return target;
}

function sameKnown(a: readonly DomainEvent[], b: readonly DomainEvent[], known: number, knownB: number): boolean {
  if (known !== knownB) return false;
  for (let i = 0; i < known; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Simulates forward from a branch's branch point (or `from`) to `until`, for the base and
 * for the branch, and sets each milestone open in the branch at the origin beside the date
 * the base's log records it. Run i of both draws from `seedrandom(\`${seed}:${i}\`)`: the same
 * seed gives the same result. Throws `ForecastError` for a branch that changes nothing, an
 * `until` not after the origin, or a branch whose edits break the log before the origin.
 * @example
 * const b = branch("no-link-up").from(s).drop("cs-0905-link-up-137th").drop("cs-0905-siege-broken").build();
 * const f = await forecastBranch({ scenario: s, branch: b }, { until: "2017-10-31", runs: 500, seed: "s1" });
 * const m = f.milestones.find((x) => x.id === "siege:deir-ez-zor-city");
 * m?.recorded?.date; // "2017-09-05"
 * m?.forecast.dates.p50; // the median date it would have been broken instead
 */
export async function forecastBranch(target: BranchTarget, options: BranchForecastOptions): Promise<BranchForecast> {
  const { scenario, branch } = resolve(target);
  const zone = scenario.timeZone;
  const point = branchPointOf(scenario, branch);
  const from: ForecastMoment = options.from ?? point.origin;
  if (options.from === undefined) {
    const until = parseInstant(options.until, zone);
    const originDay = DateTime.fromISO(point.origin, { setZone: true }).setZone(zone).endOf("day").toMillis();
    if (until.ms <= originDay)
      throw new ForecastError(
        `--until ${options.until} (${until.iso}) is not after the branch point (${point.origin}, before '${point.event}' at ${point.at}): give a later date`,
      );
  }
  const spec = { ...options, from };
  const pBase = prepareForecast(scenario, spec);
  const pBranch = prepareForecast({ scenario, branch }, spec);
  const branchForecast = await forecastPrepared(pBranch, spec);
  const baseForecast = sameKnown(pBase.events, pBranch.events, pBase.known, pBranch.known)
    ? branchForecast
    : await forecastPrepared(pBase, spec);
  const recorded = recordedOutcomes(pBase);
  const horizonMs = pBranch.until.ms;
  const dateOf = (ms: number) => DateTime.fromMillis(ms, { zone }).toISODate() as string;
  // A run's day is a local midnight after the origin; midday of it names its date safely.
  const runDate = (days: number) => dateOf(pBranch.origin.ms + days * DAY_MS + DAY_MS / 2);
  const milestones = branchForecast.milestones.map((m): BranchMilestone => {
    const r = recorded.get(m.id) ?? null;
    const rec: RecordedDate | null =
      r === null
        ? null
        : {
            date: dateOf(Date.parse(r.time)),
            time: r.time,
            event: r.event,
            how: m.kind === "siege" ? (SIEGE_ENDS[r.how - 1] as string) : "reached",
          };
    let later: number | null = null;
    if (rec !== null && Date.parse(rec.time) <= horizonMs) {
      let n = 0;
      for (const s of m.samples) if (!Number.isFinite(s) || runDate(s) > rec.date) n++;
      later = n / m.samples.length;
    }
    return { id: m.id, kind: m.kind, label: m.label, forecast: m, recorded: rec, laterThanRecorded: later };
  });
  return {
    scenario: scenario.id,
    branch: { name: branch.name, note: branch.note },
    branchPoint: point,
    from: branchForecast.from,
    until: branchForecast.until,
    runs: branchForecast.runs,
    seed: branchForecast.seed,
    milestones,
    forecasts: { base: baseForecast, branch: branchForecast },
  };
}
