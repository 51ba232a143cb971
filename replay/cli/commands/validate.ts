import type { Command } from "commander";
import type { Output } from "../output.js";

interface Options {
  readonly sources?: string;
  readonly json?: boolean;
  readonly strict?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `sitrep validate <file>`: checks a scenario file and reports every problem at once. */
export function validateCommand(program: Command, io: Output): void {
  program
    .command("validate")
    .description(
      "check a scenario file and report every problem and warning at once (file:line:col: at path: message); exit 2 if any problem",
    )
    .argument("<file>", "the scenario .json file to check")
    .option(
      "--sources <dir>",
      "also check that every quote, and every time's wording, stands word for word in <dir>/<document-id>.txt (a built-in scenario file: scenarios/sources unless given)",
    )
    .option("--strict", "exit 2 on warnings too (events outside the span, time wordings not in the text)")
    .option("--json", "print the result as one JSON document")
    .addHelpText(
      "after",
      "\nEvery check runs in one go: schema, catalogue references, times and their order, cited documents, the\nspan, the rules and (with --sources) quotes and time wordings. Where one check cannot run on a part because\nan earlier one failed there, a note says which checks were not made and why.\n\nExample:\n  sitrep validate ./my-scenario.json --sources ./texts",
    )
    .action(async (file: string, opts: Options) => {
      const [{ validateFile }, { isBuiltInScenarioFile, sourcesDir }] = await Promise.all([
        import("../../validate.js"),
        import("../../../engine/paths.js"),
      ]);
      const sources = opts.sources ?? (isBuiltInScenarioFile(file) ? sourcesDir() : undefined);
      const r = validateFile(file, sources);
      const failed = !r.ok || (opts.strict === true && r.warnings.length > 0);
      if (opts.json) io.json(r);
      else {
        for (const line of r.lines) io.writeErr(`${line}\n`);
        for (const line of r.unchecked) io.note(line);
        const warned = r.warnings.length === 0 ? "" : `, ${plural(r.warnings.length, "warning")}`;
        if (r.ok)
          io.out(
            `${r.file}: ok, scenario '${r.scenario?.id}' with ${r.scenario?.events} events${sources !== undefined ? ", every quote found" : ""}${warned}`,
          );
        else io.note(`${plural(r.problems.length, "problem")}${warned} in ${r.file}`);
      }
      if (failed) process.exitCode = 2;
    });
}
