import { availableParallelism } from "node:os";
import type { ForecastModel } from "../../../engine/forecast/model.js";
import type { SimulationModel } from "../../../engine/sim/model.js";
import { UsageError } from "../errors.js";
import { asUsage } from "../target.js";

/** The options every forecast reads (`forecast`, `whatif --forecast`): where it starts and ends, how many runs, with what. */
export interface ForecastRunOptions {
  readonly from?: string;
  readonly until?: string;
  readonly runs?: number;
  readonly seed?: string;
  readonly workers?: number;
  readonly model?: string;
}

/** Runs from which `simulate` and `forecast` default to a pool of workers (as the engine's "auto"). */
export const POOL_FROM_RUNS = 2000;

/** `--workers`, or by default the cores less one (at most 8) from `POOL_FROM_RUNS` runs on, else this thread. */
export function workersFor(runs: number, given: number | undefined): number {
  return given ?? (runs >= POOL_FROM_RUNS ? Math.max(1, Math.min(8, availableParallelism() - 1)) : 0);
}

/** Refuses more runs than the engine takes, as one line naming `--runs`. */
export function checkRuns(runs: number | undefined, max: number): void {
  if (runs !== undefined && runs > max)
    throw new UsageError(`--runs ${runs} is more than ${max.toLocaleString("en")}: give fewer runs`);
}

/** Loads a `--model` file with `load`, or gives `fallback`; a bad file is one located line (exit 2). */
async function openModelFile<M>(file: string | undefined, load: (file: string) => M, fallback: M): Promise<M> {
  if (file === undefined) return fallback;
  try {
    return load(file);
  } catch (e) {
    return asUsage(e);
  }
}

/** `--model` of `forecast`, `backtest` and `whatif --forecast`: a forward model file, or the built-in model. */
export async function openForecastModel(file: string | undefined): Promise<ForecastModel> {
  const { loadForecastModel, DEFAULT_FORECAST_MODEL } = await import("../../../engine/forecast/model.js");
  return openModelFile(file, loadForecastModel, DEFAULT_FORECAST_MODEL);
}

/** `--model` of `simulate`: a model file, or uncertain quantities sampled with no choices. */
export async function openSimulationModel(file: string | undefined): Promise<SimulationModel> {
  const { loadModel, SAMPLE_QUANTITIES } = await import("../../../engine/sim/model.js");
  return openModelFile(file, loadModel, SAMPLE_QUANTITIES);
}
