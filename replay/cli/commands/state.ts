import type { Command } from "commander";
import { AT_HELP, endScenarioCommand, type MomentOptions, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options extends MomentOptions {
  readonly json?: boolean;
  readonly span?: boolean;
}

const FORMATS = ["text", "json", "geojson"] as const;
type Format = (typeof FORMATS)[number];

/** The output format the options ask for, or a UsageError saying what is allowed. */
async function formatOf(opts: Options): Promise<Format> {
  const { UsageError } = await import("../errors.js");
  const format = opts.format ?? (opts.json ? "json" : "text");
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format '${format}' is not a format of 'state': give one of ${FORMATS.join(", ")}`);
  if (opts.json && format !== "json")
    throw new UsageError(`--json and --format ${format} ask for two formats: give one`);
  if (opts.span && format !== "geojson")
    throw new UsageError("--span writes control periods as GeoJSON: add --format geojson");
  if (opts.span && opts.at !== undefined)
    throw new UsageError("--span covers the whole span, so --at has no moment to give: drop one of them");
  return format as Format;
}

/** `sitrep state <scenario> --at <time>`: control of every place, sieges, fronts and casualties at a moment. */
export function stateCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("state")
      .description("control of every place, sieges, fronts and casualties at a moment, uncertain facts marked '?'")
      .argument("<scenario>", SCENARIO_HELP)
      .option("--at <time>", AT_HELP)
      .option(
        "--json",
        "print the state as one JSON document (see the README for its fields); the same as --format json",
      )
      .option(
        "--format <format>",
        "text (default), json, or geojson: the located places as a GeoJSON FeatureCollection",
      )
      .option(
        "--span",
        "with --format geojson: the whole span, one feature per place per period of unchanged control (validFrom/validTo)",
      ),
    {
      infer: true,
      notes:
        "Without --at, the state at the end of the span (with a note on stderr). A time before the first event gives the\ninitial state, one after the last the final state (with a note on stderr).",
      examples: [
        "sitrep state central-syria-2017 --at 2017-09-05",
        "sitrep state ./my-scenario.json --at 2017-09-05T14:00 --json",
        "sitrep state central-syria-2017 --at 2017-09-05 --format geojson > places.geojson",
        "sitrep state central-syria-2017 --format geojson --span > control-periods.geojson",
      ],
    },
  ).action(async (name: string, opts: Options) => {
    const format = await formatOf(opts);
    const { openCampaign, momentOrEnd, spanText } = await import("../scenario.js");
    const { renderState } = await import("../../render/state.js");
    const { scenario, campaign, names } = await openCampaign(name, opts.dir, {
      infer: opts.infer,
      lazy: !opts.span, // one moment: replay only up to it
    });
    if (format === "geojson") {
      const { geojsonOfState } = await import("../../render/geojson.js");
      io.json(geojsonOfState(campaign, opts.span ? null : momentOrEnd(campaign, opts.at, io.note), io.note));
      return;
    }
    const view = campaign.view(momentOrEnd(campaign, opts.at, io.note));
    // The timeline knows its log's length without reading a log kept in the cache's chunks; no
    // event applied at a moment of a log that has some is a moment before its first.
    const total = campaign.timeline.length;
    const atMs = Date.parse(view.at);
    if (opts.at !== undefined && total > 0 && view.applied === 0)
      io.note(
        `${opts.at} is before the first event of '${scenario.id}' (span ${spanText(scenario)}): showing the initial state`,
      );
    else if (opts.at !== undefined && total > 0 && view.applied === total && atMs > Date.parse(scenario.span.end))
      io.note(`${opts.at} is after the span of '${scenario.id}' (${spanText(scenario)}): showing the final state`);
    if (format === "json") io.json({ scenario: scenario.id, totalEvents: total, ...view });
    else io.out(...renderState(scenario, view, names, total, io.colors));
  });
}
