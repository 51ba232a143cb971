import { SitrepError, type SitrepErrorOptions } from "../errors/sitrep-error.js";
import type { DomainEvent } from "../events/event.js";
import type { State } from "../state/types.js";
import { applyCompiled, BranchEditError, type CompiledEdit, compileEdits } from "../whatif/apply.js";
import { type Lost, replayFooting } from "../whatif/footing.js";
import { type Choice, choiceProblems, type SimulationModel } from "./model.js";
import { sampleLog } from "./quantities.js";
import { type Rng, runRng } from "./rng.js";

/** What to measure, resolved against the scenario's catalogue. */
export interface MeasureSpec {
  /** Indexes (in `state.places`) of the places whose controller is counted. */
  readonly places: readonly number[];
  /** Siege ids to count, or null for every siege. */
  readonly sieges: readonly string[] | null;
  readonly casualties: boolean;
  readonly fronts: boolean;
}

/** Everything the runs of a simulation need, as plain data that can cross to a worker thread. */
export interface RunSetup {
  readonly initial: State;
  /** The log the runs start from (a branch's edits already applied). */
  readonly events: readonly DomainEvent[];
  readonly zone: string;
  readonly quantities: SimulationModel["quantities"];
  readonly choices: readonly Choice[];
  readonly seed: string;
  /** Instants to measure at, epoch ms, ascending. */
  readonly instants: readonly number[];
  /** Per instant, the event it stands just after, or null (see `FootingOptions.through`); absent: none. */
  readonly through?: readonly (string | null)[];
  readonly measures: MeasureSpec;
}

interface PreparedChoice {
  readonly id: string;
  readonly names: readonly string[];
  readonly cumulative: readonly number[];
  readonly total: number;
  readonly edits: readonly (readonly CompiledEdit[])[];
}

/** A setup with its choices' events built once, ready for many runs. */
export interface Prepared {
  readonly setup: RunSetup;
  readonly choices: readonly PreparedChoice[];
  readonly outcome: SimulationModel["outcome"];
}

/** Thrown for a model that cannot run: an edit that does not apply, two choices editing the same event. */
export class ModelError extends SitrepError<"model-invalid", "bad-input"> {
  override readonly name = "ModelError";
  constructor(message: string, options?: SitrepErrorOptions) {
    super("model-invalid", "bad-input", message, options);
  }
}

function touched(edits: readonly CompiledEdit[]): string[] {
  return edits.flatMap((e) => {
    const ids: string[] = [];
    if ("target" in e) ids.push(e.target);
    if ("event" in e) ids.push(e.event.id);
    return ids;
  });
}

/**
 * Builds the events of every alternative once, and checks that each applies to the log alone
 * and that no two choices edit the same event (so any combination applies).
 */
export function prepare(setup: RunSetup, outcome?: SimulationModel["outcome"]): Prepared {
  const problem = choiceProblems(setup.choices)[0];
  if (problem !== undefined) {
    const where = problem.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("");
    throw new ModelError(`at choices${where}: ${problem.message}`);
  }
  const owner = new Map<string, string>();
  const choices = setup.choices.map((c): PreparedChoice => {
    const edits = c.alternatives.map((a) => {
      try {
        const compiled = compileEdits(a.edits, setup.zone);
        applyCompiled(setup.events, compiled, setup.zone);
        return compiled;
      } catch (e) {
        if (e instanceof BranchEditError) {
          throw new ModelError(`choice '${c.id}', alternative '${a.name}': ${e.message}`);
        }
        throw e;
      }
    });
    for (const id of new Set(edits.flatMap(touched))) {
      const prior = owner.get(id);
      if (prior !== undefined && prior !== c.id) {
        throw new ModelError(
          `choices '${prior}' and '${c.id}' both edit event '${id}': make them one choice whose alternatives cover both`,
        );
      }
      owner.set(id, c.id);
    }
    let total = 0;
    const cumulative = c.alternatives.map((a) => {
      total += a.weight;
      return total;
    });
    if (!(total > 0))
      throw new ModelError(`choice '${c.id}': its weights add up to ${total}; give one a weight above 0`);
    return { id: c.id, names: c.alternatives.map((a) => a.name), cumulative, total, edits };
  });
  return { setup, choices, outcome };
}

/** One run as it happened: the alternatives drawn, the concrete log, what lost its footing, the final state. */
export interface RunResult {
  /** The alternative drawn for each choice, in model order. */
  readonly drawn: readonly number[];
  /** The run's log: edits applied, quantities drawn (before tolerant replay). */
  readonly events: readonly DomainEvent[];
  readonly lost: readonly Lost[];
  readonly state: State;
}

function pick(c: PreparedChoice, rng: Rng): number {
  const u = rng() * c.total;
  for (let i = 0; i < c.cumulative.length; i++) if (u < (c.cumulative[i] as number)) return i;
  return c.cumulative.length - 1;
}

/**
 * Runs one simulation run: draws the choices in model order (one uniform draw each), calls the
 * outcome function, applies the edits, draws the uncertain quantities in log order, then
 * replays tolerantly, handing the state at each instant to `visit` (the working draft: read,
 * do not keep). `freeze` freezes the final state so it can be kept.
 */
export function runOne(
  p: Prepared,
  index: number,
  visit?: (state: State, k: number) => void,
  freeze = false,
): RunResult {
  const { setup } = p;
  const rng = runRng(setup.seed, index);
  const drawn: number[] = [];
  const edits: CompiledEdit[] = [];
  for (const c of p.choices) {
    const i = pick(c, rng);
    drawn.push(i);
    const e = c.edits[i] as readonly CompiledEdit[];
    if (e.length > 0) edits.push(...e);
  }
  let log = setup.events;
  if (edits.length > 0) log = applyCompiled(log, edits, setup.zone).events;
  if (p.outcome !== undefined) {
    const extra = p.outcome({ rng, run: index, events: log });
    if (extra.length > 0) {
      try {
        log = applyCompiled(log, compileEdits(extra, setup.zone), setup.zone).events;
      } catch (e) {
        if (e instanceof BranchEditError) throw new ModelError(`run ${index}: the outcome function's ${e.message}`);
        throw e;
      }
    }
  }
  if (setup.quantities === "triangular") log = sampleLog(log, rng);
  const r = replayFooting(setup.initial, log, {
    instants: setup.instants,
    ...(setup.through === undefined ? {} : { through: setup.through }),
    ...(visit === undefined ? {} : { onInstant: visit }),
    freeze,
  });
  return { drawn, events: log, lost: r.lost, state: r.state };
}
