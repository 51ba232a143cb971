import type { Command } from "commander";
import { collect } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly json?: boolean;
  readonly dir: string[];
}

/** `sitrep scenarios`: the scenarios found, built in and in any `--dir`, with title, span and event count. */
export function scenariosCommand(program: Command, io: Output): void {
  program
    .command("scenarios")
    .description("list the scenarios found (built in, and in any directory given with --dir): id, title, span, events")
    .option(
      "--dir <dir>",
      "also list the scenario files of this directory (repeatable); what is not a regular file is skipped, with a note",
      collect,
      [],
    )
    .option("--json", "print the list as one JSON document")
    .addHelpText("after", "\nExample:\n  sitrep scenarios --dir ./my-scenarios")
    .action(async (opts: Options) => {
      const { builtInScenarios, findScenarios } = await import("../../../engine/scenario/builtin.js");
      const { pad } = await import("../../render/names.js");
      const found = [...builtInScenarios(), ...opts.dir.flatMap((d) => findScenarios(d, false, io.note))];
      if (opts.json) {
        io.json({ scenarios: found });
        return;
      }
      if (found.length === 0) {
        io.note("no scenarios found");
        return;
      }
      const width = Math.max(...found.map((s) => s.id.length)) + 2;
      const c = io.colors;
      io.out(
        ...found.map(
          (s) =>
            `${c.bold(pad(s.id, width))}${s.title}  ${c.dim(`${s.span.start} to ${s.span.end}, ${s.events} events${s.builtIn ? "" : `, ${s.file}`}`)}`,
        ),
      );
    });
}
