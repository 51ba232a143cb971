import type { Command } from "commander";
import type { Output } from "../output.js";

interface Options {
  readonly sources?: string;
  readonly json?: boolean;
}

/** `sitrep validate <file>`: loads a scenario file and reports every problem at once. */
export function validateCommand(program: Command, io: Output): void {
  program
    .command("validate")
    .description("load a scenario file and report every problem (file:line:col: at path: message); exit 2 if any")
    .argument("<file>", "the scenario .json file to check")
    .option(
      "--sources <dir>",
      "also check that every quote stands word for word in <dir>/<document-id>.txt (a built-in scenario file: scenarios/sources unless given)",
    )
    .option("--json", "print the result as one JSON document")
    .addHelpText("after", "\nExample:\n  sitrep validate ./my-scenario.json --sources ./texts")
    .action(async (file: string, opts: Options) => {
      const [{ validateFile }, { isBuiltInScenarioFile, sourcesDir }] = await Promise.all([
        import("../../validate.js"),
        import("../../../engine/paths.js"),
      ]);
      const sources = opts.sources ?? (isBuiltInScenarioFile(file) ? sourcesDir() : undefined);
      const r = validateFile(file, sources);
      if (opts.json) io.json(r);
      else if (r.ok)
        io.out(
          `${r.file}: ok, scenario '${r.scenario?.id}' with ${r.scenario?.events} events${sources !== undefined ? ", every quote found" : ""}`,
        );
      else {
        for (const line of r.lines) io.writeErr(`${line}\n`);
        io.note(`${r.problems.length} problem${r.problems.length === 1 ? "" : "s"} in ${r.file}`);
      }
      if (!r.ok) process.exitCode = 2;
    });
}
