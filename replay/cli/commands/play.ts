import type { Command } from "commander";
import { collect, DIR_HELP, NO_INFER_HELP, positiveNumber, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly infer: boolean;
  readonly speed: number;
  readonly json?: boolean;
  readonly dir: string[];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `sitrep play <scenario>`: the compact day-by-day account `npm start` shows. */
export function playCommand(program: Command, io: Output): void {
  program
    .command("play")
    .description("a compact day-by-day account of a scenario: control changes and siege status, then the final state")
    .argument("<scenario>", SCENARIO_HELP)
    .option(
      "--speed <days>",
      "days shown a second on a terminal (no delay when output is not a terminal)",
      positiveNumber,
      4,
    )
    .option("--json", "print the account as one JSON document")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText("after", "\nExample:\n  sitrep play central-syria-2017 --speed 10")
    .action(async (name: string, opts: Options) => {
      const { openCampaign } = await import("../scenario.js");
      const { accountByDay } = await import("../../account.js");
      const { dayLine, openingLines, finalLines } = await import("../../render/account.js");
      const { scenario, campaign, names } = await openCampaign(name, opts.dir, { infer: opts.infer });
      const days = accountByDay(campaign);
      const final = campaign.view(campaign.scenario.span.end);
      if (opts.json) {
        io.json({
          scenario: scenario.id,
          title: scenario.title,
          span: scenario.span,
          days: days.map((d) => ({ ...d, events: d.events.map((e) => e.id) })),
          final,
        });
        return;
      }
      const c = io.colors;
      const { viewState } = await import("../../../engine/query/view.js");
      const initial = viewState(campaign.timeline.stateAfter(0), scenario.catalogue, Date.parse(scenario.span.start));
      io.out(...openingLines(scenario, initial, names, c));
      for (const d of days) {
        io.out(dayLine(d, names, c));
        if (io.interactive) await wait(1000 / opts.speed);
      }
      io.out(...finalLines(scenario, final, names, c));
    });
}
