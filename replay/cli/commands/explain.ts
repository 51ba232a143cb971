import type { Command } from "commander";
import { AT_HELP, endScenarioCommand, SCENARIO_HELP, type ScenarioOptions } from "../options.js";
import type { Output } from "../output.js";

interface Options extends ScenarioOptions {
  readonly at?: string;
  readonly json?: boolean;
}

/** `sitrep explain <scenario> <place> --at <time>`: why a place is held by whom, as a chain of events. */
export function explainCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("explain")
      .description("why a place is held by whom at a moment: the chain of events, with their quotes")
      .argument("<scenario>", SCENARIO_HELP)
      .argument("<place>", "the place: its id, name or any alias")
      .option("--at <time>", AT_HELP)
      .option("--json", "print the explanation as one JSON document"),
    {
      infer: true,
      notes: "Without --at, at the end of the span (with a note on stderr).",
      examples: ["sitrep explain central-syria-2017 Sukhnah --at 2017-08-06"],
    },
  ).action(async (name: string, place: string, opts: Options) => {
    const { openCampaign, momentOrEnd } = await import("../scenario.js");
    const { renderExplanation } = await import("../../render/explanation.js");
    const { scenario, campaign, names } = await openCampaign(name, opts.dir, { infer: opts.infer });
    const x = campaign.explain(place, momentOrEnd(campaign, opts.at, io.note));
    if (opts.json) io.json({ scenario: scenario.id, name: names.place(x.place), ...x });
    else io.out(...renderExplanation(x, names, io.colors));
  });
}
