import type { Command } from "commander";
import type { ImportReport } from "../../../engine/datasets/report.js";
import type { ImportedScenario } from "../../../engine/datasets/scenario-file.js";
import type { Output } from "../output.js";

interface Options {
  readonly out: string;
  readonly country?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sides?: string;
  readonly id?: string;
  readonly zone?: string;
  readonly datasetVersion?: string;
  readonly update?: boolean;
  readonly json?: boolean;
}

type Importer = (
  file: string,
  options: Record<string, unknown>,
) => Promise<{ scenario: ImportedScenario; report: ImportReport }>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs an importer with the command's options: progress on a terminal, the report, the file written. */
async function runImport(io: Output, file: string, opts: Options, load: () => Promise<Importer>): Promise<void> {
  const [
    { existsSync, statSync },
    { UsageError },
    { readMapping },
    { problemLine, summaryLines },
    { progressBar },
    up,
  ] = await Promise.all([
    import("node:fs"),
    import("../errors.js"),
    import("../../../engine/datasets/actors.js"),
    import("../../../engine/datasets/report.js"),
    import("../../render/progress.js"),
    import("../../../engine/datasets/update.js"),
  ]);
  for (const [flag, v] of [
    ["--from", opts.from],
    ["--to", opts.to],
  ] as const)
    if (v !== undefined && !DATE.test(v)) throw new UsageError(`${flag} '${v}' is not a date: give YYYY-MM-DD`);
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // the importer says the file is missing
  }
  const stored = opts.update === true && existsSync(opts.out) ? up.readStored(opts.out) : null;
  const bar = progressBar(process.stderr, process.env, size, { verb: "importing", unit: "bytes", from: 1 });
  const importer = await load();
  let result: Awaited<ReturnType<Importer>>;
  try {
    result = await importer(file, {
      ...(opts.country === undefined ? {} : { country: opts.country }),
      ...(opts.from === undefined ? {} : { from: opts.from }),
      ...(opts.to === undefined ? {} : { to: opts.to }),
      ...(opts.sides === undefined ? {} : { mapping: readMapping(opts.sides) }),
      ...(opts.id === undefined ? {} : { id: opts.id }),
      ...(opts.zone === undefined ? {} : { timeZone: opts.zone }),
      ...(opts.datasetVersion === undefined ? {} : { version: opts.datasetVersion }),
      ...(stored === null ? {} : up.updateBase(stored)),
      onProgress: (read: number) => bar.update(read),
    });
  } finally {
    bar.stop();
  }
  const { scenario, report } = result;
  const merged = stored === null || report.imported === 0 ? null : up.mergeImport(stored, scenario);
  if (report.imported > 0) up.writeScenarioFile(opts.out, merged?.json ?? scenario, merged !== null);
  const written = merged === null ? `written: ${opts.out}` : `updated: ${opts.out}: ${countsLine(merged.counts)}`;
  if (opts.json)
    io.json({
      out: report.imported > 0 ? opts.out : null,
      ...report,
      ...(merged === null ? {} : { update: merged.counts }),
    });
  else {
    for (const p of report.problems) io.writeErr(`${problemLine(report.file, p)}\n`);
    for (const w of report.warnings)
      io.writeErr(`${problemLine(report.file, w).replace(/^([^:]+):/, "$1: warning: ")}\n`);
    io.out(...summaryLines(report), report.imported > 0 ? written : "nothing written: no row could be imported");
  }
  if (report.imported === 0) process.exitCode = 2;
}

/** An update's counts in a line. */
function countsLine(c: import("../../../engine/datasets/update.js").UpdateCounts): string {
  return `rows: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged; ${c.kept} other events kept`;
}

function common(cmd: Command): Command {
  return cmd
    .requiredOption("--out <scenario.json>", "the scenario file to write")
    .option(
      "--update",
      "when --out exists, update it: rows it cites are replaced by newer versions, new rows added, all else kept",
    )
    .option("--from <date>", "only events that reach this day or later, YYYY-MM-DD")
    .option("--to <date>", "only events that begin on this day or earlier, YYYY-MM-DD")
    .option(
      "--sides <mapping.json>",
      'map the dataset\'s actors: { "actors": { "<name>": { "actor": "<id>" } | { "side": "<id>" } } }',
    )
    .option("--id <id>", "the scenario's id")
    .option("--zone <iana>", "the time zone the dates are read in (default UTC)")
    .option("--dataset-version <v>", "the dataset's version, recorded on its document")
    .option("--json", "print the import report as one JSON document");
}

/** One dataset's subcommand: its name, what it reads, what `--country` takes, an example and its importer. */
interface DatasetCommand {
  readonly name: string;
  readonly reads: readonly [description: string, file: string, country: string];
  readonly help: string;
  readonly load: () => Promise<Importer>;
}

const DATASET_COMMANDS: readonly DatasetCommand[] = [
  {
    name: "ucdp",
    reads: [
      "a UCDP GED event CSV (plain or .gz; the HXL row of HDX copies skipped)",
      "the GEDEvent CSV file, plain or gzipped",
      "only rows of this country: its name, ISO alpha-3 code or Gleditsch–Ward number",
    ],
    help: "not a GED export, or when no row could be imported.\nWith --update, rows whose id the file cites already are replaced when they differ.\n\nExample:\n  sitrep import ucdp scenarios/data/ucdp-ged-iraq.csv.gz --country IRQ --out iraq.json",
    load: async () => (await import("../../../engine/datasets/ucdp/import.js")).importUcdp,
  },
  {
    name: "acled",
    reads: [
      "an ACLED export CSV (its export tool's or API's columns; plain or .gz)",
      "the ACLED CSV file, plain or gzipped",
      "only rows of this country: its name or ISO 3166 numeric code",
    ],
    help: "not an ACLED export, or when no row could be imported.\nWith --update, rows whose event_id_cnty the file cites already are replaced when their timestamp is newer.\n\nExample:\n  sitrep import acled test/fixtures/acled/anbar-2015.csv --country Iraq --out anbar-acled.json",
    load: async () => (await import("../../../engine/datasets/acled/import.js")).importAcled,
  },
];

/**
 * `sitrep import ucdp|acled <file> --out <scenario.json>`: an event dataset's rows as a
 * scenario whose events cite them; every unusable row reported with its number and column.
 */
export function importCommand(program: Command, io: Output): void {
  const cmd = program
    .command("import")
    .description("turn an event dataset (UCDP GED, ACLED) into a scenario whose events cite its rows");
  for (const d of DATASET_COMMANDS) {
    const [description, file, country] = d.reads;
    common(
      cmd
        .command(d.name)
        .description(`import ${description}`)
        .argument("<file>", file)
        .option("--country <name|iso>", country),
    )
      .addHelpText(
        "after",
        `\nRows that cannot be used are listed on stderr (file:row N: column 'c': why); the rest are imported.\nExit 2 when the file is not a CSV or ${d.help}`,
      )
      .action(async (path: string, opts: Options) => runImport(io, path, opts, d.load));
  }
}
