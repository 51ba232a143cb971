import { assign, setup } from "xstate";

/** Where the player stands in a log of `total` events, and how fast it plays (events per second). */
export interface PlayerContext {
  readonly index: number;
  readonly total: number;
  readonly speed: number;
}

/** What the player can be told. `TICK` is the clock of a playing player: one event per tick. */
export type PlayerEvent =
  | { readonly type: "STEP"; readonly by: number }
  | { readonly type: "SEEK"; readonly to: number }
  | { readonly type: "PLAY"; readonly speed?: number }
  | { readonly type: "PAUSE" }
  | { readonly type: "TICK" }
  | { readonly type: "SPEED"; readonly speed: number };

/** How a player starts: the log's length, and optionally where it stands and its speed. */
export interface PlayerInput {
  readonly total: number;
  readonly index?: number;
  readonly speed?: number;
}

const clamp = (i: number, total: number) => Math.max(0, Math.min(total, Math.trunc(i)));
const validSpeed = (s: number | undefined, prior: number) =>
  s !== undefined && Number.isFinite(s) && s > 0 ? s : prior;

const moves = {
  STEP: { target: "#player.settling", actions: "step" },
  SEEK: { target: "#player.settling", actions: "seek" },
  PLAY: [
    { guard: "atEnd", target: "#player.atEnd" },
    { target: "#player.playing", actions: "setSpeed" },
  ],
} as const;

/**
 * The player's lifecycle: `loaded` (just opened), `stepping` (moved by hand), `playing` (one
 * event per `TICK` at `speed` events a second), `paused`, `atEnd`, `atStart`. It is pure: it
 * keeps the position and mode, and whoever drives it owns the clock (sends `TICK`) and moves the
 * cursor to `context.index`. Play at the end stays at the end; a step or seek that lands on
 * either end settles in `atStart` or `atEnd`; a tick that reaches the end stops playing.
 * @example
 * const s0 = initialTransition(playerMachine, { total: 10 })[0];
 * const [s1] = transition(playerMachine, s0, { type: "PLAY", speed: 4 }); // s1.value === "playing"
 */
export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
  },
  guards: {
    atEnd: ({ context }) => context.index >= context.total,
    atStart: ({ context }) => context.index <= 0,
  },
  actions: {
    step: assign({
      index: ({ context, event }) =>
        event.type === "STEP" ? clamp(context.index + event.by, context.total) : context.index,
    }),
    seek: assign({
      index: ({ context, event }) => (event.type === "SEEK" ? clamp(event.to, context.total) : context.index),
    }),
    tick: assign({ index: ({ context }) => clamp(context.index + 1, context.total) }),
    setSpeed: assign({
      speed: ({ context, event }) =>
        event.type === "PLAY" || event.type === "SPEED" ? validSpeed(event.speed, context.speed) : context.speed,
    }),
  },
}).createMachine({
  id: "player",
  initial: "loaded",
  context: ({ input }) => ({
    total: Math.max(0, Math.trunc(input.total)),
    index: clamp(input.index ?? 0, Math.max(0, Math.trunc(input.total))),
    speed: validSpeed(input.speed, 1),
  }),
  on: { SPEED: { actions: "setSpeed" } },
  states: {
    loaded: { on: moves },
    stepping: { on: moves },
    paused: { on: moves },
    atStart: { on: moves },
    atEnd: { on: moves },
    playing: {
      on: {
        TICK: { target: "ticked", actions: "tick" },
        PAUSE: "paused",
        STEP: moves.STEP,
        SEEK: moves.SEEK,
      },
    },
    ticked: {
      always: [{ guard: "atEnd", target: "atEnd" }, { target: "playing" }],
    },
    settling: {
      always: [{ guard: "atEnd", target: "atEnd" }, { guard: "atStart", target: "atStart" }, { target: "stepping" }],
    },
  },
});

/** The states a player rests in (the transient ones never show). */
export type PlayerState = "loaded" | "stepping" | "playing" | "paused" | "atEnd" | "atStart";
