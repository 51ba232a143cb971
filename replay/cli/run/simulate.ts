import { isSitrepError } from "../../../engine/errors/sitrep-error.js";
import type { Distributions } from "../../../engine/sim/measures.js";
import type { SimulationModel } from "../../../engine/sim/model.js";
import { Ledger } from "../../../engine/state/ledger.js";
import { UsageError } from "../errors.js";
import type { Output } from "../output.js";
import { openTarget, type Target } from "../target.js";
import { openSimulationModel, workersFor } from "./runs.js";

/** The options of `sitrep simulate`, as commander gives them. */
export interface SimulateOptions {
  readonly runs?: number;
  readonly seed?: string;
  readonly model?: string;
  readonly workers?: number;
  readonly at: string[];
  readonly place: string[];
  readonly run?: number;
  readonly export?: string;
  readonly chart?: string;
  readonly json?: boolean;
  readonly dir: string[];
  readonly infer: boolean;
}

/** A model that cannot run (an alternative whose edits do not apply) is bad input: exit 2. */
function modelError(e: unknown, file: string | undefined): never {
  if (isSitrepError(e) && e.code === "model-invalid")
    throw new UsageError(`${file === undefined ? "the model" : file}: ${e.message}`);
  throw e;
}

/** `sitrep simulate`: runs a scenario or branch many times and prints the distributions (or exports one run). */
export async function simulate(io: Output, name: string, opts: SimulateOptions): Promise<void> {
  if (opts.seed === undefined)
    throw new UsageError(
      "--seed <seed> is required: every run draws from it, so the same seed gives the same result (e.g. --seed 1)",
    );
  const seed = opts.seed;
  if (opts.export !== undefined && opts.run === undefined)
    throw new UsageError("--export <file> writes one run's event log: give --run <i> too");
  if (opts.run !== undefined && opts.export === undefined)
    throw new UsageError("--run <i> re-creates one run: give --export <file> to write its event log");
  if (opts.run === undefined && opts.runs === undefined)
    throw new UsageError("--runs <n> is required: how many runs to simulate (e.g. --runs 1000)");
  if (opts.chart !== undefined) {
    if (opts.run !== undefined) throw new UsageError("--chart draws many runs: leave out --run, or --chart");
    (await import("../../chart/write.js")).checkWritable(opts.chart);
  }

  const t = await openTarget(name, opts.dir, { infer: opts.infer });
  const model = await openSimulationModel(opts.model);

  if (opts.run !== undefined && opts.export !== undefined) {
    await exportOne(io, t, model, seed, opts.run, opts.export, opts);
    return;
  }
  const runs = opts.runs as number;
  const placeIds = opts.place.map((p) => {
    const entry = t.scenario.catalogue.findPlace(p);
    if (entry === undefined) return null;
    return entry.id;
  });
  const unknown = opts.place.find((_, i) => placeIds[i] === null);
  if (unknown !== undefined) {
    const { LookupError } = await import("../../../engine/campaign.js");
    throw new LookupError(
      `no place '${unknown}' in scenario '${t.scenario.id}'`,
      t.scenario.catalogue.suggestPlaces(unknown),
    );
  }
  const at = [...new Set(opts.at)];
  if (at.length > 0) {
    const { momentIn } = await import("../../../engine/moment.js");
    const context = { id: t.scenario.id, timeZone: t.scenario.timeZone, events: t.events };
    for (const text of at) momentIn(text, context, { option: "--at" });
  }
  const workers = workersFor(runs, opts.workers);

  const [{ simulate }, { interruptible }] = await Promise.all([
    import("../../../engine/sim/simulate.js"),
    import("../interruptible.js"),
  ]);
  let d: Distributions | null;
  try {
    d = await interruptible(io, runs, (controls) =>
      simulate(t.target, {
        runs,
        seed,
        model,
        workers,
        ...(at.length === 0 ? {} : { at }),
        ...controls,
      }),
    );
  } catch (e) {
    return modelError(e, opts.model);
  }
  if (d === null) return;
  if (opts.chart !== undefined) {
    const [{ simulationChartSvg }, { writeChart }] = await Promise.all([
      import("../../chart/simulation-chart.js"),
      import("../../chart/write.js"),
    ]);
    const target = t.branch === null ? t.scenario.id : `branch '${t.branch.name}'`;
    writeChart(opts.chart, await simulationChartSvg(d, t.scenario, target));
  }
  if (opts.json) {
    const { seed: s, runs: n, ...rest } = d;
    io.json({
      scenario: t.scenario.id,
      branch: t.branch?.name ?? null,
      model: opts.model ?? null,
      seed: s,
      runs: n,
      workers,
      ...rest,
    });
    return;
  }
  const [{ renderSimulation }, { namesOf }, { replayFooting }, { claimantLabel }] = await Promise.all([
    import("../../render/simulation.js"),
    import("../../render/names.js"),
    import("../../../engine/whatif/footing.js"),
    import("../../render/state.js"),
  ]);
  const end = replayFooting(t.scenario.initial, t.events).state;
  const choices = model.choices.length;
  io.out(
    ...renderSimulation(
      d,
      {
        target: t.branch === null ? t.scenario.id : `branch '${t.branch.name}' of ${t.scenario.id}`,
        workers,
        model: `${opts.model === undefined ? "" : `${opts.model}: `}uncertain quantities ${model.quantities === "fixed" ? "fixed at their best value" : "sampled (triangular)"}, ${choices === 0 ? "no choices" : `${choices} choice${choices === 1 ? "" : "s"}`}`,
        places: [...new Set(placeIds as string[])],
        siegeName: (id) => Ledger.get(end.sieges, id)?.name ?? id,
        claimant: (claimant) => claimantLabel(claimant, t.scenario.documents),
      },
      namesOf(t.scenario.catalogue, [...t.scenario.initialEvents, ...t.events]),
      io.colors,
    ),
  );
}

/** `--run i --export file`: re-creates one run and writes its event log as a scenario file. */
async function exportOne(
  io: Output,
  t: Target,
  model: SimulationModel,
  seed: string,
  index: number,
  file: string,
  opts: SimulateOptions,
): Promise<void> {
  const [{ recreateRun, exportRun }, { writeFileSync }] = await Promise.all([
    import("../../../engine/sim/recreate.js"),
    import("node:fs"),
  ]);
  let run: ReturnType<typeof recreateRun>;
  let text: string;
  try {
    run = recreateRun(t.target, model, seed, index);
    text = exportRun(t.target, model, seed, index);
  } catch (e) {
    return modelError(e, opts.model);
  }
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write '${file}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const lost = run.lost.map((l) => ({ event: l.event.id, rule: l.rule, message: l.message }));
  if (opts.json) {
    io.json({
      scenario: run.scenario.id,
      base: t.scenario.id,
      branch: t.branch?.name ?? null,
      model: opts.model ?? null,
      seed,
      run: index,
      file,
      events: run.scenario.events.length,
      drawn: run.drawn,
      lost,
    });
    return;
  }
  const drawn = Object.entries(run.drawn);
  io.out(
    `wrote run ${index} of seed '${seed}' to ${file} as scenario '${run.scenario.id}': ${run.scenario.events.length} events`,
    ...(drawn.length === 0 ? [] : [`drawn: ${drawn.map(([c, a]) => `${c} = ${a}`).join(", ")}`]),
    ...(lost.length === 0
      ? []
      : [`left out (lost their footing in this run): ${lost.map((l) => `${l.event} (${l.rule})`).join(", ")}`]),
    `replay it: sitrep state ${file} --at <time>`,
  );
}
