import type { Command } from "commander";
import { endScenarioCommand, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly sources?: string;
  readonly all?: boolean;
  readonly json?: boolean;
  readonly dir: string[];
}

/**
 * `sitrep coverage <scenario> [--sources <dir>]`: every sentence of each source document that holds
 * a date or a number, with the events citing it or the reason it holds none; prints the figure.
 * The texts are read from `<dir>`, by default from the package's `scenarios/sources`, which holds
 * those of the built-in scenarios.
 */
export function coverageCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("coverage")
      .description(
        "how much of its sources a scenario accounts for: every dated or numbered sentence, cited or explained",
      )
      .argument("<scenario>", SCENARIO_HELP)
      .option(
        "--sources <dir>",
        "where the source texts are: <dir>/<document-id>.txt (default: the built-in scenarios' texts, scenarios/sources)",
      )
      .option("--all", "list every sentence with what cites it, not only those nothing accounts for")
      .option("--json", "print the reports as one JSON document"),
    {
      notes: "Exit code 1 when some sentence is neither cited nor explained.",
      examples: ["sitrep coverage central-syria-2017", "sitrep coverage ./my-scenario.json --sources ./texts"],
    },
  ).action(async (name: string, opts: Options) => {
    const [
      { existsSync },
      { readInputText },
      { join },
      { sourceTextPath },
      { openScenario },
      { coverage },
      { UsageError },
      { sourcesDir },
    ] = await Promise.all([
      import("node:fs"),
      import("../../../engine/input/read.js"),
      import("node:path"),
      import("../../../engine/scenario/quotes.js"),
      import("../scenario.js"),
      import("../../../engine/scenario/coverage.js"),
      import("../errors.js"),
      import("../../../engine/paths.js"),
    ]);
    const scenario = await openScenario(name, opts.dir);
    const dir = opts.sources ?? sourcesDir();
    for (const d of scenario.documents.filter((x) => x.kind === "dataset"))
      io.note(`document '${d.id}' is a dataset: its events cite rows, not sentences, so it has no coverage to measure`);
    const reports = scenario.documents
      .filter((d) => d.kind !== "dataset")
      .map((d) => {
        const file = sourceTextPath(dir, d.id);
        if (file === null) {
          throw new UsageError(
            `document id '${d.id}' cannot name a file inside '${dir}': ids are letters, digits, '-' and '_' (the first a letter or digit), the name of the text file without .txt`,
          );
        }
        // Shown as given (relative to --sources), read at its resolved path.
        const shown = join(dir, `${d.id}.txt`);
        if (!existsSync(file)) {
          throw new UsageError(
            opts.sources === undefined
              ? `no source text for document '${d.id}' among the built-in scenarios' texts (${shown}): give --sources the directory holding <document-id>.txt`
              : `no source text '${shown}' for document '${d.id}': give --sources the directory holding <document-id>.txt`,
          );
        }
        return coverage(scenario, d.id, readInputText(file, "a source text (<document-id>.txt)").text);
      });
    if (opts.json) {
      io.json({ scenario: scenario.id, documents: reports });
    } else {
      for (const r of reports) {
        io.out(
          `${r.document}: ${r.total} sentences with a date or number; ${r.cited} cited, ${r.explained} explained, ${r.missing} unaccounted for: ${(r.ratio * 100).toFixed(1)}% covered`,
        );
        for (const s of r.sentences) {
          const unaccounted = s.events.length === 0 && s.reason === null;
          if (!opts.all && !unaccounted) continue;
          const by =
            s.events.length > 0
              ? s.events.join(", ")
              : s.reason !== null
                ? `(no event: ${s.reason})`
                : "UNACCOUNTED FOR";
          io.out(`  ${by}\n    ${io.colors.dim(s.text)}`);
        }
      }
    }
    if (reports.some((r) => r.missing > 0)) process.exitCode = 1;
  });
}
