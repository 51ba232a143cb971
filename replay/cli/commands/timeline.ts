import type { Command } from "commander";
import type { DomainEvent } from "../../../engine/events/event.js";
import { collect, collectList, endScenarioCommand, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly from?: string;
  readonly to?: string;
  readonly type: string[];
  readonly place: string[];
  readonly side: string[];
  readonly json?: boolean;
  readonly dir: string[];
}

/** `sitrep timeline <scenario>`: the events in order, one line each, filtered by time, kind, place and side. */
export function timelineCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("timeline")
      .description(
        "the events in order, one line each: date, the source's wording of the time, kind, places, summary, source",
      )
      .argument("<scenario>", SCENARIO_HELP)
      .option(
        "--from <date>",
        "only events whose earliest time is at or after this (a date means its start) or this event id",
      )
      .option(
        "--to <date>",
        "only events whose earliest time is at or before this (a date means its end) or this event id",
      )
      .option(
        "--type <kind>",
        "only events of this kind, e.g. place-captured (repeatable, or comma-separated)",
        collectList,
        [],
      )
      .option(
        "--place <name>",
        "only events concerning this place: its id, name or any alias (repeatable)",
        collect,
        [],
      )
      .option(
        "--side <id>",
        "only events involving this side, e.g. isil (repeatable, or comma-separated)",
        collectList,
        [],
      )
      .option("--json", "print the events as one JSON document"),
    {
      examples: [
        "sitrep timeline central-syria-2017 --from 2017-09-01 --to 2017-09-10",
        "sitrep timeline central-syria-2017 --place 'Deir ez-Zour' --type place-captured,siege-broken --json",
      ],
    },
  ).action(async (name: string, opts: Options) => {
    const { openCampaign, boundMs } = await import("../scenario.js");
    const { selectEvents } = await import("../../timeline-filter.js");
    const { eventLine } = await import("../../render/event-line.js");
    const { scenario, campaign, names } = await openCampaign(name, opts.dir);
    const events: readonly DomainEvent[] = selectEvents(scenario, {
      from: boundMs(campaign, opts.from, "--from"),
      to: boundMs(campaign, opts.to, "--to"),
      types: opts.type,
      places: opts.place.map((p) => campaign.placeId(p)),
      sides: opts.side,
    });
    // Written a block at a time: a million lines are neither one call's arguments nor one string.
    if (opts.json) writeJsonStreamed(io, scenario.id, events);
    else if (events.length === 0) io.note("no event matches these filters");
    else
      for (let i = 0; i < events.length; i += BLOCK)
        io.out(...events.slice(i, i + BLOCK).map((e) => eventLine(e, names, io.colors)));
  });
}

const BLOCK = 1000;

/** `{ scenario, count, events }` exactly as `io.json` writes it, an event at a time. */
function writeJsonStreamed(io: Output, scenario: string, events: readonly DomainEvent[]): void {
  const head = JSON.stringify({ scenario, count: events.length }, null, 2).slice(0, -2);
  if (events.length === 0) {
    io.writeOut(`${head},\n  "events": []\n}\n`);
    return;
  }
  io.writeOut(`${head},\n  "events": [\n`);
  for (let i = 0; i < events.length; i += BLOCK) {
    const block = events.slice(i, i + BLOCK).map((e) => `    ${JSON.stringify(e, null, 2).replaceAll("\n", "\n    ")}`);
    io.writeOut(`${block.join(",\n")}${i + BLOCK < events.length ? "," : ""}\n`);
  }
  io.writeOut("  ]\n}\n");
}
