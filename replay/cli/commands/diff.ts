import type { Command } from "commander";
import { collect, DIR_HELP, NO_INFER_HELP, SCENARIO_HELP, WHEN_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly infer: boolean;
  readonly from: string;
  readonly to: string;
  readonly json?: boolean;
  readonly dir: string[];
}

/** `sitrep diff <scenario> --from --to`: what changed between two moments, by place and siege. */
export function diffCommand(program: Command, io: Output): void {
  program
    .command("diff")
    .description("what changed between two moments, grouped by place and siege")
    .argument("<scenario>", SCENARIO_HELP)
    .requiredOption("--from <time>", WHEN_HELP)
    .requiredOption("--to <time>", WHEN_HELP)
    .option("--json", "print the changes as one JSON document")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText("after", "\nExample:\n  sitrep diff central-syria-2017 --from 2017-09-01 --to 2017-09-10")
    .action(async (name: string, opts: Options) => {
      const { openCampaign, moment } = await import("../scenario.js");
      const [{ renderDiff }, { claimantLabel }] = await Promise.all([
        import("../../render/changes.js"),
        import("../../render/state.js"),
      ]);
      const { diff } = await import("../../../engine/query/diff.js");
      const { scenario, campaign, names } = await openCampaign(name, opts.dir, { infer: opts.infer });
      const from = campaign.at(moment(campaign, opts.from, "--from"));
      const to = campaign.at(moment(campaign, opts.to, "--to"));
      const d = diff(from.state, to.state);
      const lo = Math.min(from.applied, to.applied);
      const hi = Math.max(from.applied, to.applied);
      const events = scenario.events.slice(lo, hi).map((e) => e.id);
      if (opts.json) {
        const fields = (c: (typeof d.places)[number] | (typeof d.sieges)[number]) =>
          c.fields.filter((f) => f.field !== "lifecycle");
        io.json({
          scenario: scenario.id,
          from: from.at.iso,
          to: to.at.iso,
          applied: d.applied,
          events,
          places: d.places.map((c) => ({ id: c.id, name: names.place(c.id), fields: fields(c) })),
          sieges: d.sieges.map((c) => ({ id: c.id, name: c.after?.name ?? c.before?.name ?? c.id, fields: fields(c) })),
          other: d.other,
        });
      } else {
        io.out(
          io.colors.bold(`${scenario.id}: from ${from.at.iso} to ${to.at.iso}`),
          ...renderDiff(d, names, io.colors, (id) => claimantLabel(id, scenario.documents)),
        );
      }
    });
}
