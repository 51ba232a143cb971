import type { DomainEvent } from "../../engine/events/event.js";
import type { Opened } from "../cli/scenario.js";
import { Cursor } from "../cursor.js";
import { Player } from "../player/player.js";
import type { Colors } from "../render/colors.js";
import { eventLine } from "../render/event-line.js";
import { day } from "../render/names.js";

/** What a REPL session holds: the open scenario, its cursor and player, and where it writes. */
export class Session {
  opened: Opened | null = null;
  cursor: Cursor | null = null;
  player: Player | null = null;
  readonly colors: Colors;
  readonly #write: (text: string) => void;
  readonly #onChange: () => void;

  constructor(write: (text: string) => void, colors: Colors, onChange: () => void) {
    this.#write = write;
    this.colors = colors;
    this.#onChange = onChange;
  }

  /** Opens a scenario: a fresh cursor at the start and a player for it. */
  open(opened: Opened): void {
    this.player?.close();
    this.opened = opened;
    const cursor = new Cursor(opened.campaign);
    this.cursor = cursor;
    this.player = new Player(cursor, {
      onEvent: (e) => {
        this.print(this.line(e));
        this.#onChange();
      },
      onEnd: () => {
        this.print(this.colors.dim(`at the end of ${opened.scenario.id} (${cursor.total} events)`));
        this.#onChange();
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

  /** The prompt: the cursor's date and last event. */
  prompt(): string {
    const c = this.cursor;
    if (c === null) return "sitrep> ";
    const e = c.event;
    return `sitrep ${day(c.at)} ${e === null ? "start" : e.id}${this.player?.state === "playing" ? " ▶" : ""}> `;
  }

  /** Stops playing for good (on exit). */
  close(): void {
    this.player?.close();
  }
}
