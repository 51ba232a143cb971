import { refsOf } from "../events/create.js";
import type { DomainEvent } from "../events/event.js";
import type { SideId } from "../model/ids.js";
import { applyChecked, check } from "../reducer/reduce.js";
import { runRng } from "../sim/rng.js";
import type { PlaceState, State } from "../state/types.js";
import { inSegment, type Writable } from "../state/writable.js";
import { DAY_MS } from "./history.js";
import { type Milestone, reachedIn } from "./milestones.js";
import type { DayContext, ForecastProcess, GeneratedEvent } from "./process.js";
import type { World } from "./world.js";

/** The document every simulated event names as its source: no document, a model. */
export const SIMULATED_DOCUMENT = "(simulated)";

const PLACE_FIELDS = ["place", "objective", "from", "to", "route", "area", "region", "venue"] as const;
const ACTOR_FIELDS = [
  "actor",
  "attacker",
  "defender",
  "against",
  "by",
  "besieger",
  "besieged",
  "of",
  "person",
] as const;
/** Kinds whose references lie only in the fields above (and `forces`, `figures`): listed without a schema walk. */
const PLAIN_KINDS = new Set([
  "advance",
  "withdrawal",
  "place-captured",
  "place-recaptured",
  "link-up",
  "siege-broken",
  "siege-lifted",
  "casualties",
]);

/** Fills a generated event's `places` and `actors`, as the loader does for a documented one. */
function collectIds(event: DomainEvent & { actors: string[]; places: string[] }): void {
  const add = (list: string[], id: unknown) => {
    if (typeof id === "string" && !list.includes(id)) list.push(id);
  };
  if (!PLAIN_KINDS.has(event.type)) {
    for (const r of refsOf(event)) add(r.kind === "place" ? event.places : event.actors, r.id);
    return;
  }
  const e = event as unknown as Readonly<Record<string, unknown>>;
  for (const f of PLACE_FIELDS) add(event.places, e[f]);
  for (const f of ACTOR_FIELDS) add(event.actors, e[f]);
  if (event.type === "link-up") for (const a of event.forces) add(event.actors, a);
  if (event.type === "casualties") for (const f of event.figures) add(event.actors, f.actor);
}

/** Everything the runs of a forecast share, as plain data that can cross to a worker thread. */
export interface ForecastSetup {
  readonly model: { readonly id: string; readonly version: string };
  readonly seed: string;
  readonly start: State;
  readonly world: World;
  /** Each process' fitted parameters, in the order the processes run each day. */
  readonly fits: readonly { readonly process: string; readonly parameters: unknown }[];
  readonly milestones: readonly Milestone[];
  /** Days (0 = the origin) at which each theatre place's controller is recorded. */
  readonly controlDays: readonly number[];
  /** Sides whose holdings are counted each day. */
  readonly sides: readonly SideId[];
}

/** What one run leaves, compactly. */
export interface RunOutcome {
  /** Per milestone: days after the origin when it happened, or Infinity when not by the horizon. */
  readonly when: Float64Array;
  /** Per milestone: 0 not happened, else 1 + how (see `reachedIn`). */
  readonly how: Uint8Array;
  /** Per control day, per theatre place: the index in `sides` of its controller, or -1. */
  readonly control: Int16Array;
  /** Per day 0..horizon, per side: how many theatre places it holds (of the located, non-area ones). */
  readonly held: Uint16Array;
  /** Events generated, and events a process generated that the rules refused. */
  readonly generated: number;
  readonly refused: number;
  /** The run's events, when asked for. */
  readonly events: readonly DomainEvent[] | null;
  /** The run's final state, when asked for. */
  readonly final: State | null;
}

function countHeld(
  state: State,
  sideIndex: ReadonlyMap<string, number>,
  counted: readonly number[],
  out: Uint16Array,
  row: number,
) {
  const n = sideIndex.size;
  for (const i of counted) {
    const c = (state.places[i] as PlaceState).controller;
    if (c === null) continue;
    const k = sideIndex.get(c);
    if (k !== undefined) out[row * n + k] = (out[row * n + k] as number) + 1;
  }
}

function recordControl(state: State, setup: ForecastSetup, out: Int16Array, row: number) {
  const t = setup.world.theatre;
  for (let j = 0; j < t.length; j++) {
    const c = (state.places[t[j] as number] as PlaceState).controller;
    out[row * t.length + j] = c === null ? -1 : setup.sides.indexOf(c);
  }
}

/**
 * One forward run: from the state at the origin, day by day to the horizon, each process in
 * turn generates the day's events, which the reducer checks and applies at once. Draws come
 * from `seedrandom(\`${seed}:${run}\`)` alone, so a run is the same wherever and whenever it runs.
 */
export function forwardRun(
  setup: ForecastSetup,
  processes: ReadonlyMap<string, ForecastProcess>,
  run: number,
  keep = false,
): RunOutcome {
  const { world, milestones } = setup;
  const horizon = world.days.length;
  const rng = runRng(setup.seed, run);
  const when = new Float64Array(milestones.length).fill(Number.POSITIVE_INFINITY);
  const how = new Uint8Array(milestones.length);
  const t = world.theatre.length;
  const control = new Int16Array(setup.controlDays.length * t);
  const held = new Uint16Array((horizon + 1) * setup.sides.length);
  const sideIndex = new Map(setup.sides.map((side, k) => [side, k] as const));
  const counted = world.theatre.filter((i) => !world.areas.has(setup.start.refs.placeIds[i] as string));
  const events: DomainEvent[] | null = keep ? [] : null;
  const active = setup.fits.map((f) => {
    const process = processes.get(f.process);
    if (process === undefined) throw new Error(`no forward process '${f.process}' is registered`);
    return { process, parameters: f.parameters, memory: process.start(f.parameters, setup.start, world, rng) };
  });
  let generated = 0;
  let refused = 0;
  let open = milestones.length;
  const final = inSegment(setup.start, (draft: Writable<State>) => {
    const state = draft as State;
    countHeld(state, sideIndex, counted, held, 0);
    let controlRow = 0;
    if (setup.controlDays[0] === 0) recordControl(state, setup, control, controlRow++);
    for (let day = 1; day <= horizon; day++) {
      const d = world.days[day - 1] as (typeof world.days)[number];
      let seq = 0;
      let current = "";
      const origin = { model: setup.model.id, version: setup.model.version, run, seed: setup.seed };
      const ctx: DayContext = {
        state,
        day,
        rng,
        world,
        emit(input: GeneratedEvent, parameters, attribution) {
          const event = {
            ...input,
            id: `sim-${run}-${day}-${++seq}`,
            time: { text: "", note: "simulated", earliest: d.earliest, latest: d.latest, precision: "day" },
            source: {
              document: SIMULATED_DOCUMENT,
              quote: "",
              attribution: attribution ?? null,
              note: `simulated by ${origin.model} ${origin.version} (${current}), run ${run}, seed '${origin.seed}'`,
            },
            actors: [] as string[],
            places: [] as string[],
            dependsOn: [],
            simulated: { ...origin, process: current, parameters },
          } as unknown as DomainEvent & { actors: string[]; places: string[] };
          collectIds(event);
          if (check(state, event) !== null) {
            refused++;
            return null;
          }
          applyChecked(draft, event);
          generated++;
          events?.push(event);
          return event;
        },
      };
      for (const a of active) {
        current = a.process.id;
        a.process.step(ctx, a.parameters, a.memory);
      }
      if (open > 0) {
        for (let m = 0; m < milestones.length; m++) {
          if (how[m] !== 0) continue;
          const r = reachedIn(milestones[m] as Milestone, state);
          if (r === 0) continue;
          how[m] = r;
          when[m] = (d.startMs - world.originMs) / DAY_MS;
          open--;
        }
      }
      countHeld(state, sideIndex, counted, held, day);
      while (controlRow < setup.controlDays.length && setup.controlDays[controlRow] === day)
        recordControl(state, setup, control, controlRow++);
    }
  });
  return { when, how, control, held, generated, refused, events, final: keep ? final : null };
}
