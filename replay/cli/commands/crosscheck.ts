import type { Command } from "commander";
import type { CrosscheckEntry } from "../../../engine/datasets/crosscheck.js";
import { endScenarioCommand, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly against: string;
  readonly within: string;
  readonly json?: boolean;
  readonly dir: string[];
}

const day = (iso: string) => iso.slice(0, 10);
const span = (a: string, b: string) => (day(a) === day(b) ? day(a) : `${day(a)}..${day(b)}`);

function lines(entries: readonly CrosscheckEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const head = `${e.event} (${e.type}, ${span(e.earliest, e.latest)})`;
    if (!e.located) {
      out.push(`${head}: not located (none of ${e.places.join(", ") || "its places"} has coordinates)`);
      continue;
    }
    out.push(`${head}: ${e.matches.length} dataset row${e.matches.length === 1 ? "" : "s"}`);
    for (const m of e.matches) {
      const deaths = m.deaths === null ? "" : `, deaths ${m.deaths.low}/${m.deaths.best}/${m.deaths.high}`;
      out.push(`  row ${m.row}  ${span(m.earliest, m.latest)}  ${m.type} at ${m.place}, ${m.distanceKm} km${deaths}`);
    }
    const f = e.figure;
    if (f !== null)
      out.push(
        `  figure: ${f.reported.best} ${f.what}; the rows give ${f.dataset.low}–${f.dataset.high}: ${f.verdict === "no rows" ? "no row to compare with" : f.verdict}`,
      );
  }
  return out;
}

/** `sitrep crosscheck <scenario> --against <dataset-scenario>`: a text's events against a dataset's rows. */
export function crosscheckCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("crosscheck")
      .description(
        "for each event cited from a text, the dataset rows near it in time and place, and its casualty figures against their range",
      )
      .argument("<scenario>", SCENARIO_HELP)
      .requiredOption("--against <dataset-scenario>", "a scenario imported from a dataset (sitrep import)")
      .option("--within <slack>", "how near in time and place: days and km, e.g. 3d,10km", "3d,10km")
      .option("--json", "print the matches as one JSON document"),
    {
      notes:
        "Times match when the intervals overlap, each widened by the days; places when their points lie within\nthe km plus what each point's precision allows (exact 0 km, near or approximate 25 km, a region 50 km).",
      examples: ["sitrep crosscheck anbar-2015 --against iraq.json --within 3d,10km"],
    },
  ).action(async (name: string, opts: Options) => {
    const [{ openScenario }, { crosscheck, parseWithin }, { UsageError }] = await Promise.all([
      import("../scenario.js"),
      import("../../../engine/datasets/crosscheck.js"),
      import("../errors.js"),
    ]);
    const within = parseWithin(opts.within);
    if (within === null) throw new UsageError(`--within '${opts.within}' is not days and km: write it like 3d,10km`);
    const hand = await openScenario(name, opts.dir);
    const dataset = await openScenario(opts.against, opts.dir);
    if (!dataset.events.some((e) => e.source.row !== undefined))
      throw new UsageError(`'${opts.against}' cites no dataset row: give a scenario made by 'sitrep import'`);
    const entries = crosscheck(hand, dataset, within);
    if (opts.json) io.json({ scenario: hand.id, against: dataset.id, within, events: entries });
    else io.out(...lines(entries));
  });
}
