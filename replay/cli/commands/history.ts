import type { Command } from "commander";
import { collect, DIR_HELP, NO_INFER_HELP, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly infer: boolean;
  readonly json?: boolean;
  readonly dir: string[];
}

/** `sitrep history <scenario> <place>`: every change to one place, with the quotes behind it. */
export function historyCommand(program: Command, io: Output): void {
  program
    .command("history")
    .description("every change to one place, from the initial facts on, with the quotes behind it")
    .argument("<scenario>", SCENARIO_HELP)
    .argument("<place>", "the place: its id, name or any alias (e.g. 'Deir ez-Zour')")
    .option("--json", "print the changes as one JSON document")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText("after", "\nExample:\n  sitrep history central-syria-2017 'Deir ez-Zor Airport'")
    .action(async (name: string, place: string, opts: Options) => {
      const { openCampaign } = await import("../scenario.js");
      const { renderHistory } = await import("../../render/changes.js");
      const { scenario, campaign, names } = await openCampaign(name, opts.dir, { infer: opts.infer });
      const id = campaign.placeId(place);
      const entries = campaign.history(id);
      if (opts.json) {
        io.json({
          scenario: scenario.id,
          place: { id, name: names.place(id), aliases: scenario.catalogue.place(id)?.aliases ?? [] },
          changes: entries.map((h) => ({
            initial: h.initial,
            inferred: h.inferred,
            event: h.event,
            fields: h.fields,
            sieges: h.sieges,
          })),
        });
      } else {
        io.out(
          io.colors.bold(
            `${names.place(id)} (${id}) in ${scenario.id}: ${entries.length} change${entries.length === 1 ? "" : "s"}`,
          ),
        );
        io.out(...renderHistory(entries, names, io.colors));
      }
    });
}
