import type { Command } from "commander";
import { endScenarioCommand, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly format: string;
  readonly out?: string;
  readonly dir: string[];
}

const FORMATS = ["ucdp", "acled", "geojson", "csv"] as const;
type Format = (typeof FORMATS)[number];

/** The export's text, and a note of what had no place in it. */
async function render(format: Format, scenario: import("../../../engine/scenario/scenario.js").Scenario) {
  switch (format) {
    case "ucdp": {
      const { exportUcdp } = await import("../../../engine/datasets/ucdp/export.js");
      const r = exportUcdp(scenario);
      return { text: r.csv, note: r.skipped === 0 ? null : `${r.skipped} events cite no UCDP GED row: not exported` };
    }
    case "acled": {
      const { exportAcled } = await import("../../../engine/datasets/acled/export.js");
      const r = exportAcled(scenario);
      return { text: r.csv, note: r.skipped === 0 ? null : `${r.skipped} events cite no ACLED row: not exported` };
    }
    case "geojson": {
      const { eventsGeoJson } = await import("../../../engine/datasets/geojson.js");
      const r = eventsGeoJson(scenario);
      return {
        text: `${JSON.stringify(r.geojson, null, 1)}\n`,
        note: r.unlocated === 0 ? null : `${r.unlocated} events have no place with coordinates: not on the map`,
      };
    }
    case "csv": {
      const { eventsCsv } = await import("../../../engine/datasets/events-csv.js");
      return { text: eventsCsv(scenario), note: null };
    }
  }
}

/** `sitrep export <scenario> --format ucdp|acled|geojson|csv`: a scenario's events in a dataset's or a map's format. */
export function exportCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("export")
      .description("write a scenario's events as UCDP GED or ACLED rows, GeoJSON points or a flat CSV")
      .argument("<scenario>", SCENARIO_HELP)
      .requiredOption("--format <format>", `one of ${FORMATS.join(", ")}`)
      .option("--out <file>", "write to this file instead of stdout"),
    {
      notes:
        "ucdp and acled give back the rows the events cite (docs/datasets.md has the mappings); geojson a point per\nlocated event; csv one line per event.",
      examples: ["sitrep export iraq.json --format geojson --out iraq.geojson"],
    },
  ).action(async (name: string, opts: Options) => {
    const [{ openScenario }, { UsageError }, { writeFileSync }] = await Promise.all([
      import("../scenario.js"),
      import("../errors.js"),
      import("node:fs"),
    ]);
    const format = opts.format as Format;
    if (!FORMATS.includes(format))
      throw new UsageError(`--format '${opts.format}' is not known: give one of ${FORMATS.join(", ")}`);
    const scenario = await openScenario(name, opts.dir);
    const { text, note } = await render(format, scenario);
    if (opts.out === undefined) io.writeOut(text);
    else writeFileSync(opts.out, text);
    if (note !== null) io.note(note);
  });
}
