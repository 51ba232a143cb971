import { LookupError } from "../campaign.js";
import type { DomainEvent } from "../events/event.js";
import { momentIn, type ResolvedMoment } from "../moment.js";
import { loadScenario } from "../scenario/builtin.js";
import type { Scenario } from "../scenario/scenario.js";
import { applyEdits } from "../whatif/apply.js";
import type { Branch } from "../whatif/branch.js";
import type { MeasuredAt } from "./measures.js";
import { SAMPLE_QUANTITIES, type SimulationModel } from "./model.js";
import { type Prepared, prepare, type RunSetup } from "./run.js";

/** What can be simulated: a scenario, a branch (its base loaded by id or path), or a branch of a loaded scenario. */
export type SimulationTarget = Scenario | Branch | { readonly scenario: Scenario; readonly branch: Branch };

/** What to measure; everything by default. */
export interface MeasureOptions {
  /** Places (id, name or alias) whose controller to count; default all. */
  readonly places?: readonly string[];
  /** Siege ids; default all. */
  readonly sieges?: readonly string[];
  /** Quantiles of killed per side and claimant; default true. */
  readonly casualties?: boolean;
  /** Quantiles of front distances; default true. */
  readonly fronts?: boolean;
}

/** How the runs of a simulation are drawn and measured. */
export interface RunOptions {
  /** The master seed: run i draws from `seedrandom(\`${seed}:${i}\`)`. */
  readonly seed: string | number;
  /** Moments to measure at (see `Moment`): a date (the end of that day, in the scenario's zone), a local or ISO time, or an event id of the target's log (just after it). Default: the end of the scenario's span. */
  readonly at?: readonly string[];
  /** Default: uncertain quantities sampled, no choices. */
  readonly model?: SimulationModel;
  readonly measures?: MeasureOptions;
}

/** Splits a target into its scenario and the log the runs start from. */
export function resolveTarget(target: SimulationTarget): { scenario: Scenario; events: readonly DomainEvent[] } {
  if ("scenario" in target)
    return { scenario: target.scenario, events: applyEdits(target.scenario, target.branch).events };
  if ("edits" in target) {
    const scenario = loadScenario(target.base);
    return { scenario, events: applyEdits(scenario, target).events };
  }
  return { scenario: target, events: target.events };
}

/** The prepared runs of a simulation, and the moments measured with their instant slots. */
export function setUp(
  target: SimulationTarget,
  options: RunOptions,
): { prepared: Prepared; scenario: Scenario; at: (MeasuredAt & { k: number })[] } {
  const { scenario, events } = resolveTarget(target);
  const zone = scenario.timeZone;
  const asked = options.at ?? [scenario.span.end];
  const context = { id: scenario.id, timeZone: zone, events };
  const resolved = asked.map((key) => ({ key, ...momentIn(key, context) }));
  // One stop per distinct moment, in time order; of one time, those just after an event first, in log order.
  const rank = new Map(events.map((e, i) => [e.id, i]));
  const stopOf = (r: ResolvedMoment) => `${r.at.ms}:${r.through ?? ""}`;
  const stops = [...new Map(resolved.map((r) => [stopOf(r), r])).values()].sort(
    (a, b) =>
      a.at.ms - b.at.ms ||
      (a.through === null ? events.length : (rank.get(a.through) as number)) -
        (b.through === null ? events.length : (rank.get(b.through) as number)),
  );
  const index = new Map(stops.map((r, k) => [stopOf(r), k]));
  const instants = stops.map((r) => r.at.ms);
  const at = resolved.map((r) => ({ key: r.key, iso: r.at.iso, k: index.get(stopOf(r)) as number }));
  const m = options.measures ?? {};
  const placeIndex = scenario.initial.refs.placeIndex;
  const places =
    m.places === undefined
      ? scenario.initial.places.map((_, i) => i)
      : m.places.map((name) => {
          const entry = scenario.catalogue.findPlace(name);
          const i = entry === undefined ? undefined : placeIndex[entry.id];
          if (i === undefined) {
            throw new LookupError(
              `measures.places: no place '${name}' in scenario '${scenario.id}'`,
              scenario.catalogue.suggestPlaces(name),
            );
          }
          return i;
        });
  const model = options.model ?? SAMPLE_QUANTITIES;
  const setup: RunSetup = {
    initial: scenario.initial,
    events,
    zone,
    quantities: model.quantities,
    choices: model.choices,
    seed: String(options.seed),
    instants,
    ...(stops.some((r) => r.through !== null) ? { through: stops.map((r) => r.through) } : {}),
    measures: {
      places,
      sieges: m.sieges ?? null,
      casualties: m.casualties ?? true,
      fronts: m.fronts ?? true,
    },
  };
  return { prepared: prepare(setup, model.outcome), scenario, at };
}
