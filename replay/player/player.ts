import { initialTransition, type SnapshotFrom, transition } from "xstate";
import type { DomainEvent } from "../../engine/events/event.js";
import type { Cursor } from "../cursor.js";
import { type PlayerEvent, type PlayerState, playerMachine } from "./machine.js";

/** What the player tells whoever shows it. */
export interface PlayerHooks {
  /** Events applied while playing, in order, as each tick applies them. */
  readonly onEvent: (event: DomainEvent) => void;
  /** Playing stopped at the end of the log. */
  readonly onEnd: () => void;
}

/**
 * Drives a cursor with the player machine: the machine decides, the player applies its decisions
 * to the cursor and owns the clock (an interval of `1000 / speed` ms while playing).
 * @example
 * const player = new Player(cursor, { onEvent: (e) => print(e), onEnd: () => print("end") });
 * player.send({ type: "PLAY", speed: 4 });
 */
export class Player {
  readonly cursor: Cursor;
  readonly #hooks: PlayerHooks;
  #snapshot: SnapshotFrom<typeof playerMachine>;
  #timer: ReturnType<typeof setInterval> | null = null;
  #timerSpeed = 0;

  constructor(cursor: Cursor, hooks: PlayerHooks) {
    this.cursor = cursor;
    this.#hooks = hooks;
    [this.#snapshot] = initialTransition(playerMachine, { total: cursor.total, index: cursor.applied });
  }

  /** The state the player rests in. */
  get state(): PlayerState {
    return this.#snapshot.value as PlayerState;
  }

  /** Events a second while playing. */
  get speed(): number {
    return this.#snapshot.context.speed;
  }

  /** Tells the player something; moves the cursor where the machine says; returns the events applied. */
  send(event: PlayerEvent): DomainEvent[] {
    const wasAt = this.#snapshot.value;
    [this.#snapshot] = transition(playerMachine, this.#snapshot, event);
    const index = this.#snapshot.context.index;
    const applied = index === this.cursor.applied ? [] : this.cursor.moveTo(index);
    this.#clock();
    if (event.type === "TICK") for (const e of applied) this.#hooks.onEvent(e);
    if (wasAt === "playing" && this.#snapshot.value === "atEnd") this.#hooks.onEnd();
    return applied;
  }

  /** Tells the machine the cursor was moved from outside (e.g. sought to a date). */
  synced(): void {
    this.send({ type: "SEEK", to: this.cursor.applied });
  }

  /** Stops the clock for good. */
  close(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }

  #clock(): void {
    const playing = this.#snapshot.value === "playing";
    const speed = this.#snapshot.context.speed;
    if (this.#timer !== null && (!playing || speed !== this.#timerSpeed)) this.close();
    if (playing && this.#timer === null) {
      this.#timerSpeed = speed;
      this.#timer = setInterval(() => this.send({ type: "TICK" }), 1000 / speed);
    }
  }
}
