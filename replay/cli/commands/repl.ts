import type { Command } from "commander";
import { collect, DIR_HELP, NO_INFER_HELP, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly infer: boolean;
  readonly dir: string[];
}

/** `sitrep repl [<scenario>]`: a Node REPL with the engine, a scenario and a cursor loaded. */
export function replCommand(program: Command, io: Output): void {
  program
    .command("repl")
    .description("a Node REPL with the engine, the scenario and a cursor loaded (.help lists its commands)")
    .argument("[scenario]", SCENARIO_HELP)
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText(
      "after",
      "\nCommands inside: .next [n] .prev [n] .seek <date|time|event-id> .state .place <name> .sieges .fronts .control\n.diff .why <place> .timeline [n] .play [speed] .pause .open <scenario> .help\nValues: cursor (e.g. cursor.state.places), campaign, scenario, player, engine.\nHistory is kept in ~/.sitrep_repl_history (SITREP_REPL_HISTORY sets another file; empty turns it off).\n\nExample:\n  sitrep repl central-syria-2017",
    )
    .action(async (name: string | undefined, opts: Options) => {
      const [{ openCampaign }, { startRepl, historyPath }, engine] = await Promise.all([
        import("../scenario.js"),
        import("../../repl/server.js"),
        import("../../../engine/index.js"),
      ]);
      const opened = name === undefined ? null : await openCampaign(name, opts.dir, { infer: opts.infer });
      const { server } = startRepl({
        input: process.stdin,
        output: process.stdout,
        terminal: process.stdin.isTTY === true && process.stdout.isTTY === true,
        colors: io.colors,
        opened,
        engine,
        historyFile: historyPath(process.env),
        load: { dirs: opts.dir, infer: opts.infer },
      });
      await new Promise<void>((resolve) => server.on("exit", () => resolve()));
    });
}
