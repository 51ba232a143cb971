import type { Command } from "commander";
import { collect, DIR_HELP, NO_CACHE_HELP, NO_INFER_HELP, SCENARIO_HELP, WHEN_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly infer: boolean;
  readonly at?: string;
  readonly json?: boolean;
  readonly dir: string[];
  readonly cache: boolean;
}

/** `sitrep state <scenario> --at <time>`: control of every place, sieges, fronts and casualties at a moment. */
export function stateCommand(program: Command, io: Output): void {
  program
    .command("state")
    .description("control of every place, sieges, fronts and casualties at a moment, uncertain facts marked '?'")
    .argument("<scenario>", SCENARIO_HELP)
    .option("--at <time>", `${WHEN_HELP} (default: the end of the span, said on stderr)`)
    .option("--json", "print the state as one JSON document (see the README for its fields)")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .option("--no-cache", NO_CACHE_HELP)
    .addHelpText(
      "after",
      "\nWithout --at, the state at the end of the span (with a note on stderr). A time before the first event gives the\ninitial state, one after the last the final state (with a note on stderr).\n\nExamples:\n  sitrep state central-syria-2017 --at 2017-09-05\n  sitrep state ./my-scenario.json --at 2017-09-05T14:00 --json",
    )
    .action(async (name: string, opts: Options) => {
      const { openCampaign, momentOrEnd, spanText } = await import("../scenario.js");
      const { renderState } = await import("../../render/state.js");
      const { scenario, campaign, names } = await openCampaign(name, opts.dir, {
        infer: opts.infer,
        cache: opts.cache,
        lazy: true, // one moment: replay only up to it
      });
      const view = campaign.view(momentOrEnd(campaign, opts.at, io.note));
      const events = scenario.events;
      const atMs = Date.parse(view.at);
      const first = events[0];
      const last = events[events.length - 1];
      if (opts.at !== undefined && first !== undefined && view.applied === 0 && atMs < Date.parse(first.time.earliest))
        io.note(
          `${opts.at} is before the first event of '${scenario.id}' (span ${spanText(scenario)}): showing the initial state`,
        );
      else if (
        opts.at !== undefined &&
        last !== undefined &&
        view.applied === events.length &&
        atMs > Date.parse(scenario.span.end)
      )
        io.note(`${opts.at} is after the span of '${scenario.id}' (${spanText(scenario)}): showing the final state`);
      if (opts.json) io.json({ scenario: scenario.id, totalEvents: events.length, ...view });
      else io.out(...renderState(scenario, view, names, events.length, io.colors));
    });
}
