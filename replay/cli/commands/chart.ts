import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { endScenarioCommand, SCENARIO_HELP, WHEN_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
  readonly dir: string[];
  readonly infer: boolean;
}

const KINDS_HELP =
  "fronts (each front's distance to its objective), control (places held per side), casualties (per side, per source)";

/** `sitrep chart <scenario> <kind>`: an SVG chart of the replayed campaign. */
export function chartCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("chart")
      .description("draw an SVG chart of the replayed campaign: fronts, control or casualties over time")
      .argument("<scenario>", SCENARIO_HELP)
      .argument("<kind>", KINDS_HELP)
      .option("--out <file>", "write the SVG to this file (default: stdout)")
      .option("--from <time>", `start the chart here: ${WHEN_HELP} (a date alone: its start)`)
      .option("--to <time>", `end the chart here: ${WHEN_HELP}`),
    {
      infer: true,
      notes:
        "The chart is drawn with Vega-Lite from the states the engine replays; the same input gives the same bytes.",
      examples: [
        "sitrep chart central-syria-2017 fronts --out fronts.svg",
        "sitrep chart central-syria-2017 control --from 2017-08-01 --to 2017-09-30 --out control.svg",
      ],
    },
  ).action(async (name: string, kind: string, opts: Options) => {
    const { isChartKind, CHART_KINDS, chartPlan } = await import("../../chart/kinds.js");
    if (!isChartKind(kind))
      throw new UsageError(`unknown chart kind '${kind}': expected one of ${Object.keys(CHART_KINDS).join(", ")}`);
    const [{ openCampaign, boundMs }, { chartSource }, { renderSvg }, { checkWritable, writeChart }] =
      await Promise.all([
        import("../scenario.js"),
        import("../../chart/context.js"),
        import("../../chart/render.js"),
        import("../../chart/write.js"),
      ]);
    if (opts.out !== undefined) checkWritable(opts.out);
    const { scenario, campaign } = await openCampaign(name, opts.dir, { infer: opts.infer });
    const window = {
      from: boundMs(campaign, opts.from, "--from") ?? Date.parse(scenario.span.start),
      to: boundMs(campaign, opts.to, "--to") ?? Date.parse(scenario.span.end),
    };
    if (window.from >= window.to)
      throw new UsageError(
        `--from ${opts.from ?? "(the span's start)"} is not before --to ${opts.to ?? "(the span's end)"}: give a later --to`,
      );
    const plan = chartPlan(kind, chartSource(scenario, window));
    if (plan.rows === 0)
      throw new UsageError(
        `scenario '${scenario.id}' has nothing to draw in a ${kind} chart${opts.from !== undefined || opts.to !== undefined ? " between --from and --to" : ""}`,
      );
    const svg = await renderSvg(plan.spec);
    if (opts.out === undefined) io.writeOut(svg);
    else writeChart(opts.out, svg);
  });
}
