import type { DomainEvent } from "../../engine/events/event.js";
import type { Opened } from "../cli/scenario.js";
import { Cursor } from "../cursor.js";
import { Player } from "../player/player.js";
import type { Colors } from "../render/colors.js";
import { eventLine } from "../render/event-line.js";
import { day, dayTime } from "../render/names.js";

/** "2017-09-05" for the end of that day; "2017-09-05 13:00" (with seconds where there are any) for any other moment. */
function momentLabel(iso: string): string {
  const time = iso.slice(11, 23); // HH:mm:ss.SSS, local
  if (time === "23:59:59.999") return day(iso);
  return time.slice(5) === ":00.000" ? dayTime(iso) : `${dayTime(iso)}${time.slice(5, time.endsWith(".000") ? 8 : 12)}`;
}

/** How the session opens a scenario by `.open`: the directories ids are looked for in, and whether holdings are inferred. */
export interface OpenLoad {
  readonly dirs: readonly string[];
  readonly infer: boolean;
}

/** What a REPL session holds: the open scenario, its cursor and player, and where it writes. */
export class Session {
  opened: Opened | null = null;
  cursor: Cursor | null = null;
  player: Player | null = null;
  readonly colors: Colors;
  /** How `.open` opens a scenario, as the command line that started the REPL said. */
  readonly load: OpenLoad;
  readonly #write: (text: string) => void;
  readonly #onChange: () => void;
  readonly #interject: (text: string) => void;

  /**
   * `write` prints a command's output; `interject` prints what comes between commands (the
   * player's events), off the prompt's line, and shows the prompt again (default: `write`).
   */
  constructor(
    write: (text: string) => void,
    colors: Colors,
    onChange: () => void,
    interject: (text: string) => void = write,
    load: OpenLoad = { dirs: [], infer: true },
  ) {
    this.load = load;
    this.#write = write;
    this.colors = colors;
    this.#onChange = onChange;
    this.#interject = interject;
  }

  /** Opens a scenario: a fresh cursor at the start and a player for it. */
  open(opened: Opened): void {
    this.player?.close();
    this.opened = opened;
    const cursor = new Cursor(opened.campaign);
    this.cursor = cursor;
    this.player = new Player(cursor, {
      onEvent: (e) => {
        this.#onChange();
        this.#interject(`${this.line(e)}\n`);
      },
      onEnd: () => {
        this.#onChange();
        this.#interject(`${this.colors.dim(`at the end of ${opened.scenario.id} (${cursor.total} events)`)}\n`);
      },
    });
    this.#onChange();
  }

  /** Writes lines. */
  print(...lines: readonly string[]): void {
    if (lines.length > 0) this.#write(`${lines.join("\n")}\n`);
  }

  /** An event as one line, with the scenario's names. */
  line(e: DomainEvent): string {
    return this.opened === null ? e.id : eventLine(e, this.opened.names, this.colors);
  }

  /**
   * The prompt: the cursor's moment and last event. The moment is a date when the cursor stands
   * at the end of that day, else the date and local time, so two different states never share
   * a prompt.
   */
  prompt(): string {
    const c = this.cursor;
    if (c === null) return "sitrep> ";
    const e = c.event;
    return `sitrep ${momentLabel(c.at)} ${e === null ? "start" : e.id}${this.player?.state === "playing" ? " ▶" : ""}> `;
  }

  /** Stops playing for good (on exit). */
  close(): void {
    this.player?.close();
  }
}
