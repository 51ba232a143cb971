import { DateTime } from "luxon";
import { RuleViolationError } from "../errors/rule-violation.js";
import { SitrepError, type SitrepErrorOptions } from "../errors/sitrep-error.js";
import type { DomainEvent } from "../events/event.js";
import type { SideId } from "../model/ids.js";
import { ownValue } from "../model/record.js";
import { appliedIn, momentIn, type ResolvedMoment, resolveMoment } from "../moment.js";
import { applySegment } from "../reducer/reduce.js";
import { builtInScenarios, loadScenario } from "../scenario/builtin.js";
import type { Scenario } from "../scenario/scenario.js";
import { resolveTarget, type SimulationTarget } from "../sim/setup.js";
import type { State } from "../state/types.js";
import { type Instant, parseInstant } from "../time/instant.js";
import { DAY_MS, type KnownHistory, type KnownLog } from "./history.js";
import { theatreIntensity } from "./intensity.js";
import { milestonesAt } from "./milestones.js";
import { DEFAULT_FORECAST_MODEL, type ForecastModel } from "./model.js";
import type { ForecastProcess } from "./process.js";
import { capturesProcess } from "./processes/captures.js";
import { casualtiesProcess } from "./processes/casualties.js";
import { civiliansProcess } from "./processes/civilians.js";
import { frontsProcess } from "./processes/fronts.js";
import { siegesProcess } from "./processes/sieges.js";
import { unattributedProcess } from "./processes/unattributed.js";
import type { ForecastSetup } from "./run.js";
import { buildWorld, type SimDay } from "./world.js";

/** The built-in forward processes, in the order they run each day. */
export const BUILT_IN_PROCESSES: readonly ForecastProcess[] = Object.freeze([
  frontsProcess as ForecastProcess,
  siegesProcess as ForecastProcess,
  capturesProcess as ForecastProcess,
  casualtiesProcess as ForecastProcess,
  civiliansProcess as ForecastProcess,
  unattributedProcess as ForecastProcess,
]);

/** The longest horizon a forecast takes, in days. */
export const MAX_HORIZON_DAYS = 3660;

/** Thrown for a forecast that cannot be made: a moment outside the span, a horizon before the origin, a branch broken before the origin. */
export class ForecastError extends SitrepError<"forecast-invalid", "bad-input"> {
  override readonly name = "ForecastError";
  constructor(message: string, options?: SitrepErrorOptions) {
    super("forecast-invalid", "bad-input", message, options);
  }
}

/** A moment a forecast starts from (see `Moment`): a date (end of that day), a local or ISO time, or an event id (just after it), as text or `{ event }`. */
export type ForecastMoment = string | { readonly event: string };

/** Where a forecast starts and ends, and what it runs. */
export interface ForecastSpec {
  readonly from: ForecastMoment;
  readonly until: string;
  readonly seed: string | number;
  readonly model?: ForecastModel;
  /** The processes to run, in order; default `BUILT_IN_PROCESSES`. Add one of your own here. */
  readonly processes?: readonly ForecastProcess[];
  /** Dates at which to give each place's chance of being held by each side; default: the horizon. */
  readonly at?: readonly string[];
  /** Logs to pool priors from besides the target's; default: the other built-in scenarios. */
  readonly pool?: readonly Scenario[];
}

/** A forecast ready to run: its setup (plain data) and what the results need to be read. */
export interface PreparedForecast {
  readonly setup: ForecastSetup;
  readonly scenario: Scenario;
  /** The target's log (a branch's edits applied) and how many of its events are known at the origin. */
  readonly events: readonly DomainEvent[];
  readonly known: number;
  readonly origin: Instant;
  readonly until: Instant;
  readonly at: readonly { readonly text: string; readonly day: number }[];
  readonly processes: ReadonlyMap<string, ForecastProcess>;
  readonly history: KnownHistory;
}

/** The moment a forecast starts from, resolved in the target's log (see `Moment`: an event id is just after it). */
function originOf(scenario: Scenario, events: readonly DomainEvent[], from: ForecastMoment): ResolvedMoment {
  const context = { id: scenario.id, timeZone: scenario.timeZone, events };
  if (typeof from === "object") return resolveMoment({ kind: "event", text: from.event, event: from.event }, context);
  return momentIn(from, context, { option: "--from" });
}

/** The simulated days after the origin's local day, up to and including `until`'s. */
function daysBetween(origin: Instant, until: Instant, zone: string): SimDay[] {
  const first = DateTime.fromMillis(origin.ms, { zone }).startOf("day");
  const out: SimDay[] = [];
  for (let k = 1; ; k++) {
    const start = first.plus({ days: k });
    if (start.toMillis() > until.ms || k > MAX_HORIZON_DAYS) break;
    out.push({
      earliest: start.toISO() as string,
      latest: start.endOf("day").toISO() as string,
      startMs: start.toMillis(),
    });
  }
  return out;
}

function knownLog(scenario: Scenario, events: readonly DomainEvent[], originMs: number, known?: number): KnownLog {
  let count = 0;
  if (known !== undefined) count = known;
  else while (count < events.length && Date.parse((events[count] as DomainEvent).time.earliest) <= originMs) count++;
  const startMs = Date.parse(scenario.span.start);
  return {
    scenario: scenario.id,
    initial: scenario.initialEvents,
    events: events.slice(0, count),
    refs: scenario.initial.refs,
    startMs,
    endMs: Math.max(startMs, Math.min(originMs, Date.parse(scenario.span.end))),
  };
}

/** Built-in scenarios loaded for pooling, once per process (they are frozen and never change). */
const builtIns = new Map<string, Scenario>();

function defaultPool(target: Scenario): Scenario[] {
  return builtInScenarios()
    .filter((s) => s.id !== target.id)
    .map((s) => {
      let loaded = builtIns.get(s.id);
      if (loaded === undefined) {
        loaded = loadScenario(s.id);
        builtIns.set(s.id, loaded);
      }
      return loaded;
    });
}

/**
 * Resolves a forecast: the origin and horizon, the state at the origin (the target's events
 * known by then, replayed), what may be learnt (those events and the pooled logs' up to the
 * same instant), each process' fitted parameters and the milestones open at the origin.
 */
export function prepareForecast(target: SimulationTarget, spec: ForecastSpec): PreparedForecast {
  const { scenario, events } = resolveTarget(target);
  const resolved = originOf(scenario, events, spec.from);
  const origin = resolved.at;
  const spanStart = Date.parse(scenario.span.start);
  const spanEnd = Date.parse(scenario.span.end);
  if (origin.ms < spanStart || origin.ms > spanEnd)
    throw new ForecastError(
      `--from ${typeof spec.from === "string" ? spec.from : spec.from.event} (${origin.iso}) is outside the span of '${scenario.id}' (${scenario.span.start} to ${scenario.span.end}): forecast from a moment within it`,
    );
  const until = parseInstant(spec.until, scenario.timeZone);
  const days = daysBetween(origin, until, scenario.timeZone);
  if (days.length === 0)
    throw new ForecastError(
      `--until ${spec.until} (${until.iso}) is not after the origin's day (${origin.iso}): give a later date`,
    );
  if (Math.round((until.ms - origin.ms) / DAY_MS) > MAX_HORIZON_DAYS)
    throw new ForecastError(`--until ${spec.until} is more than ${MAX_HORIZON_DAYS} days after the origin`);
  const target0 = knownLog(scenario, events, origin.ms, appliedIn(resolved, events, scenario.events));
  let start: State;
  try {
    start = applySegment(scenario.initial, target0.events);
  } catch (e) {
    if (e instanceof RuleViolationError)
      throw new ForecastError(
        `the log breaks a rule before the origin: event '${e.violation.eventId}' (${e.violation.rule}): ${e.violation.message}`,
      );
    throw e;
  }
  const pool = [target0, ...(spec.pool ?? defaultPool(scenario)).map((s) => knownLog(s, s.events, origin.ms))];
  const history: KnownHistory = { originMs: origin.ms, target: target0, pool };
  const world = buildWorld(scenario.catalogue, scenario.initialEvents, target0.events, start, origin.ms, days);
  const model = spec.model ?? DEFAULT_FORECAST_MODEL;
  const processes = spec.processes ?? BUILT_IN_PROCESSES;
  const registry = new Map<string, ForecastProcess>();
  for (const p of processes) {
    if (registry.has(p.id)) throw new ForecastError(`two forward processes are named '${p.id}': give each its own id`);
    registry.set(p.id, p);
  }
  const enabled = processes.filter((p) => {
    const m = ownValue(model.processes as Readonly<Record<string, { enabled?: boolean }>>, p.id);
    return m === undefined || m.enabled !== false;
  });
  const fits = enabled.map((p) => ({ process: p.id, parameters: p.estimate(history, start, world, model) }));
  const at = (spec.at ?? [spec.until]).map((text) => {
    const i = parseInstant(text, scenario.timeZone);
    if (i.ms > until.ms || i.ms < origin.ms)
      throw new ForecastError(
        `--at ${text} is outside the forecast (${origin.iso} to ${until.iso}): give a date within it`,
      );
    const day = days.findIndex((d) => d.startMs > i.ms);
    return { text, day: i.ms <= origin.ms ? 0 : day === -1 ? days.length : day };
  });
  const sides: SideId[] = [...start.refs.sides].sort();
  const setup: ForecastSetup = {
    model: { id: model.id, version: model.version },
    seed: String(spec.seed),
    start,
    world,
    fits,
    intensity: theatreIntensity(history, model.intensity),
    milestones: milestonesAt(start, world),
    controlDays: [...new Set(at.map((a) => a.day))].sort((a, b) => a - b),
    sides,
  };
  return {
    setup,
    scenario,
    events,
    known: target0.events.length,
    origin,
    until,
    at,
    processes: registry,
    history,
  };
}
