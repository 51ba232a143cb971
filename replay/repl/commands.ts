import type { REPLServer } from "node:repl";
import { namedPlaces } from "../../engine/scenario/stored-log.js";
import type { Opened } from "../cli/scenario.js";
import type { Cursor } from "../cursor.js";
import { renderDiff, renderHistory } from "../render/changes.js";
import { renderExplanation } from "../render/explanation.js";
import { day } from "../render/names.js";
import { claimantLabel, controlLines, frontLines, holding, renderState, siegeLines } from "../render/state.js";
import type { Session } from "./session.js";

/** A REPL command: its help line and what it does with its argument text. */
interface ReplCommand {
  readonly help: string;
  readonly run: (session: Session, arg: string) => void | Promise<void>;
}

function count(arg: string, fallback: number): number {
  if (arg.trim() === "") return fallback;
  const n = Number(arg.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got '${arg.trim()}'`);
  return n;
}

function need(session: Session): { cursor: Cursor; opened: Opened } {
  if (session.cursor === null || session.opened === null)
    throw new Error("no scenario open: give one with .open <scenario id or path>");
  return { cursor: session.cursor, opened: session.opened };
}

/** Tells the player the cursor moved by hand. */
function moved(session: Session): void {
  session.player?.synced();
}

/** Every sitrep command of the REPL, by keyword (typed with a leading dot). */
export const REPL_COMMANDS: Readonly<Record<string, ReplCommand>> = {
  open: {
    help: "open a scenario by id or path: .open central-syria-2017",
    run: async (session, arg) => {
      const { openCampaign } = await import("../cli/scenario.js");
      if (arg.trim() === "") throw new Error("give a scenario id or path: .open central-syria-2017");
      session.open(await openCampaign(arg.trim(), session.load.dirs, { infer: session.load.infer }));
      session.print(`opened ${session.opened?.scenario.id}: ${session.cursor?.total} events`);
    },
  },
  next: {
    help: "apply the next n events (default 1): .next 5",
    run: (session, arg) => {
      const { cursor } = need(session);
      const events = cursor.next(count(arg, 1));
      session.print(...events.map((e) => session.line(e)));
      if (events.length === 0) session.print(session.colors.dim(`at the end (${cursor.total} events)`));
      moved(session);
    },
  },
  prev: {
    help: "step back n events (default 1): .prev 2",
    run: (session, arg) => {
      const { cursor } = need(session);
      if (!cursor.prev(count(arg, 1))) {
        session.print("already at the start (initial state): nothing to step back to; .next or .seek to move on");
        return;
      }
      const e = cursor.event;
      session.print(e === null ? "back at the start (initial state)" : `back to ${session.line(e)}`);
      moved(session);
    },
  },
  seek: {
    help: "go to a date (end of that day), a time, or just after an event: .seek 2017-09-05 | .seek <event-id>",
    run: (session, arg) => {
      const { cursor } = need(session);
      if (arg.trim() === "") throw new Error("give a date YYYY-MM-DD, a time or an event id: .seek 2017-09-05");
      cursor.seek(arg.trim());
      const e = cursor.event;
      session.print(
        `at ${cursor.at}: ${cursor.applied} of ${cursor.total} events applied${e ? ` (last: ${e.id})` : ""}`,
      );
      moved(session);
    },
  },
  state: {
    help: "the state at the cursor: control, sieges, fronts, casualties",
    run: (session) => {
      const { cursor, opened } = need(session);
      session.print(...renderState(opened.scenario, cursor.state, opened.names, cursor.total, session.colors));
    },
  },
  place: {
    help: "one place at the cursor, and its changes so far: .place Sukhnah",
    run: (session, arg) => {
      const { cursor, opened } = need(session);
      const id = opened.campaign.placeId(arg.trim());
      const p = cursor.state.places.find((x) => x.id === id);
      if (p === undefined) throw new Error(`no place '${id}' in the state`);
      const c = session.colors;
      session.print(
        c.bold(`${p.name} (${p.id}, ${p.kind})${p.aliases.length > 0 ? ` also ${p.aliases.join(", ")}` : ""}`),
        `  held by ${holding(p, opened.names)}${p.contested ? ", contested" : ""}${p.uncertain ? c.magenta(" ? uncertain") : ""}${p.since ? ` since ${day(p.since)} (${p.byEvent})` : ""}`,
        ...renderHistory(
          opened.campaign.history(id).filter((h) => h.initial || h.index < cursor.applied),
          opened.names,
          c,
        ).map((l) => `  ${l}`),
      );
    },
  },
  sieges: {
    help: "the sieges at the cursor",
    run: (session) => {
      const { cursor, opened } = need(session);
      session.print(...siegeLines(cursor.state, opened.names, session.colors));
    },
  },
  fronts: {
    help: "each side's distance to its objectives at the cursor",
    run: (session) => {
      const { cursor, opened } = need(session);
      session.print(...frontLines(cursor.state, opened.names, session.colors));
    },
  },
  control: {
    help: "who holds every place at the cursor",
    run: (session) => {
      const { cursor, opened } = need(session);
      session.print(...controlLines(cursor.state, opened.names, session.colors, namedPlaces(opened.scenario)));
    },
  },
  diff: {
    help: "what changed since the cursor last stopped",
    run: (session) => {
      const { cursor, opened } = need(session);
      session.print(
        ...renderDiff(cursor.diff(), opened.names, session.colors, (id) =>
          claimantLabel(id, opened.scenario.documents),
        ),
      );
    },
  },
  why: {
    help: "why a place is held by whom at the cursor: .why Sukhnah",
    run: (session, arg) => {
      const { cursor, opened } = need(session);
      if (arg.trim() === "") throw new Error("give a place: .why Sukhnah");
      session.print(...renderExplanation(cursor.why(arg.trim()), opened.names, session.colors));
    },
  },
  timeline: {
    help: "the last event applied and the next n (default 10)",
    run: (session, arg) => {
      const { cursor } = need(session);
      const events = cursor.campaign.scenario.events;
      const from = Math.max(0, cursor.applied - 1);
      const shown = events.slice(from, cursor.applied + count(arg, 10));
      if (cursor.applied === 0) session.print(session.colors.dim("▸ start"));
      session.print(...shown.map((e, i) => `${from + i === cursor.applied - 1 ? "▸ " : "  "}${session.line(e)}`));
      if (cursor.applied === cursor.total) session.print(session.colors.dim("(end of the log)"));
    },
  },
  play: {
    help: "play from the cursor, printing each event as it is applied, n events a second (default 1): .play 4",
    run: (session, arg) => {
      need(session);
      const speed = arg.trim() === "" ? undefined : Number(arg.trim());
      if (speed !== undefined && !(speed > 0))
        throw new Error(`expected a positive speed (events a second), got '${arg.trim()}'`);
      session.player?.send(speed === undefined ? { type: "PLAY" } : { type: "PLAY", speed });
      session.print(
        session.player?.state === "playing"
          ? session.colors.dim(`playing at ${session.player.speed} event(s) a second; .pause to stop`)
          : "at the end: nothing left to play (.seek or .prev first)",
      );
    },
  },
  pause: {
    help: "pause playing",
    run: (session) => {
      const { cursor } = need(session);
      if (session.player?.state !== "playing") {
        session.print("not playing: nothing to pause (.play to start)");
        return;
      }
      session.player.send({ type: "PAUSE" });
      session.print(`paused at ${cursor.applied} of ${cursor.total} events; .play to go on`);
    },
  },
};

/** The help text of `.help`. */
export function helpText(): string[] {
  return [
    "sitrep commands:",
    ...Object.entries(REPL_COMMANDS).map(([k, c]) => `  .${k.padEnd(10)}${c.help}`),
    "Values: cursor (cursor.state.places, cursor.event, cursor.next()), campaign, scenario, player, engine (the library).",
    "Node commands: .break .clear .editor .exit .load .save; Tab completes place names and event ids.",
  ];
}

/** Registers the sitrep commands on a REPL server. */
export function defineCommands(server: REPLServer, session: Session, afterEach: () => void): void {
  for (const [keyword, cmd] of Object.entries(REPL_COMMANDS)) {
    server.defineCommand(keyword, {
      help: cmd.help,
      action(arg: string) {
        Promise.resolve()
          .then(() => cmd.run(session, arg))
          .catch((e: unknown) => session.print(`sitrep: ${e instanceof Error ? e.message : String(e)}`))
          .finally(() => {
            afterEach();
            server.displayPrompt();
          });
      },
    });
  }
  server.defineCommand("help", {
    help: "the sitrep commands",
    action() {
      session.print(...helpText());
      server.displayPrompt();
    },
  });
}
