import { refsOf } from "../events/create.js";
import type { DomainEvent } from "../events/event.js";
import type { SideId } from "../model/ids.js";
import { applyIfValid } from "../reducer/reduce.js";
import { runRng } from "../sim/rng.js";
import type { PlaceState, State } from "../state/types.js";
import { inSegment, type Writable } from "../state/writable.js";
import { gammaFactor } from "./draws.js";
import { DAY_MS } from "./history.js";
import type { IntensityFit } from "./intensity.js";
import { type Milestone, reachedIn } from "./milestones.js";
import type { DayContext, ForecastProcess, GeneratedEvent, RunContext } from "./process.js";
import { UNATTRIBUTED } from "./processes/unattributed.js";
import type { World } from "./world.js";

/** The document every simulated event names as its source: no document, a model. */
export const SIMULATED_DOCUMENT = "(simulated)";

/** The places and actors a generated event names, as the loader lists them for a documented one. */
function idsOf(input: GeneratedEvent): { places: string[]; actors: string[] } {
  switch (input.type) {
    case "advance":
    case "withdrawal": {
      const places = input.objective === undefined ? [] : [input.objective];
      const more = input.type === "withdrawal" ? [input.from, input.to] : [input.from];
      for (const p of more) if (p !== undefined && !places.includes(p)) places.push(p);
      return { places, actors: [input.actor] };
    }
    case "place-captured":
    case "place-recaptured":
      return { places: [input.place], actors: [input.actor] };
    case "link-up":
      return { places: input.place === undefined ? [] : [input.place], actors: [...new Set(input.forces)] };
    case "siege-broken":
      return { places: [], actors: [input.actor] };
    case "siege-lifted":
      return { places: [], actors: input.actor === undefined ? [] : [input.actor] };
    case "casualties":
      return { places: [], actors: [...new Set(input.figures.map((f) => f.actor))] };
    default: {
      const refs = refsOf(input as unknown as DomainEvent);
      const places: string[] = [];
      const actors: string[] = [];
      for (const r of refs) {
        const list = r.kind === "place" ? places : r.kind === "actor" ? actors : null;
        if (list !== null && !list.includes(r.id)) list.push(r.id);
      }
      return { places, actors };
    }
  }
}

/** Everything the runs of a forecast share, as plain data that can cross to a worker thread. */
export interface ForecastSetup {
  readonly model: { readonly id: string; readonly version: string };
  readonly seed: string;
  readonly start: State;
  readonly world: World;
  /** Each process' fitted parameters, in the order the processes run each day. */
  readonly fits: readonly { readonly process: string; readonly parameters: unknown }[];
  /** The theatre's intensity: each run's shared factor is drawn from it. */
  readonly intensity: IntensityFit;
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
  /** Per side of the catalogue (`refs.sides`, in order): the deaths the run's casualty reports count (best estimates). */
  readonly killed: Float64Array;
  /** Per side of the catalogue: the civilians the run's reports say the side killed (best estimates). */
  readonly civilians: Float64Array;
  /**
   * The deaths the run's reports name no side for (best estimates), in `UNATTRIBUTED` order:
   * civilians whose killers are not named, then deaths of no known side.
   */
  readonly unattributed: Float64Array;
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
  const allSides = setup.start.refs.sides;
  const killed = new Float64Array(allSides.length);
  const civilians = new Float64Array(allSides.length);
  const unattributed = new Float64Array(UNATTRIBUTED.length);
  const sideOf = new Map(allSides.map((side, k) => [side, k] as const));
  const sideIndex = new Map(setup.sides.map((side, k) => [side, k] as const));
  const counted = world.theatre.filter((i) => !world.areas.has(setup.start.refs.placeIds[i] as string));
  const events: DomainEvent[] | null = keep ? [] : null;
  // The run's intensity comes first in its stream, before any process's own draws.
  const context: RunContext = {
    run,
    intensity: gammaFactor(rng, setup.intensity.spread),
    intensitySpread: setup.intensity.spread,
  };
  const active = setup.fits.map((f) => {
    const process = processes.get(f.process);
    if (process === undefined) throw new Error(`no forward process '${f.process}' is registered`);
    return { process, parameters: f.parameters, memory: process.start(f.parameters, setup.start, world, rng, context) };
  });
  let generated = 0;
  let refused = 0;
  let open = milestones.length;
  const final = inSegment(setup.start, (draft: Writable<State>) => {
    const state = draft as State;
    let seq = 0;
    let day = 0;
    let current = "";
    let note = "";
    let time: object = {};
    const notes = new Map<string, string>();
    const ctx: { -readonly [K in keyof DayContext]: DayContext[K] } = {
      state,
      day,
      rng,
      world,
      emit(input, parameters, attribution) {
        const { places, actors } = idsOf(input);
        // Object.assign onto a literal of the fixed fields, not a spread: measured several times
        // faster here, and this is the hot path of every run.
        const event = Object.assign(
          {
            id: `sim-${run}-${day}-${++seq}`,
            time,
            source: { document: SIMULATED_DOCUMENT, quote: "", attribution: attribution ?? null, note },
            actors,
            places,
            dependsOn: [],
            simulated: {
              model: setup.model.id,
              version: setup.model.version,
              process: current,
              run,
              seed: setup.seed,
              parameters,
            },
          },
          input,
        ) as unknown as DomainEvent;
        if (applyIfValid(draft, event) !== null) {
          refused++;
          return null;
        }
        generated++;
        if (event.type === "casualties") {
          for (const f of event.figures) {
            const k = sideOf.get(state.refs.actorSide[f.actor] ?? "");
            if (k !== undefined && f.killed !== undefined) killed[k] = (killed[k] as number) + f.killed.best;
          }
          if (event.civilians !== undefined) unattributed[0] = (unattributed[0] as number) + event.civilians.best;
          if (event.unknown !== undefined) unattributed[1] = (unattributed[1] as number) + event.unknown.best;
        } else if (event.type === "civilians-killed") {
          const k = event.by === undefined ? undefined : sideOf.get(state.refs.actorSide[event.by] ?? "");
          if (k !== undefined) civilians[k] = (civilians[k] as number) + event.killed.best;
          else unattributed[0] = (unattributed[0] as number) + event.killed.best;
        }
        events?.push(event);
        return event;
      },
    };
    countHeld(state, sideIndex, counted, held, 0);
    let controlRow = 0;
    if (setup.controlDays[0] === 0) recordControl(state, setup, control, controlRow++);
    for (day = 1; day <= horizon; day++) {
      const d = world.days[day - 1] as (typeof world.days)[number];
      time = { text: "", note: "simulated", earliest: d.earliest, latest: d.latest, precision: "day" };
      seq = 0;
      ctx.day = day;
      for (const a of active) {
        current = a.process.id;
        note = notes.get(current) ?? "";
        if (note === "") {
          note = `simulated by ${setup.model.id} ${setup.model.version} (${current}), run ${run}, seed '${setup.seed}'`;
          notes.set(current, note);
        }
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
  return {
    when,
    how,
    control,
    held,
    killed,
    civilians,
    unattributed,
    generated,
    refused,
    events,
    final: keep ? final : null,
  };
}

/** The typed arrays of a run's outcome, each with the constructor its packed form is made with. */
const PACKED = {
  when: Float64Array,
  how: Uint8Array,
  control: Int16Array,
  held: Uint16Array,
  killed: Float64Array,
  civilians: Float64Array,
  unattributed: Float64Array,
} as const;
type PackedArray = keyof typeof PACKED;
const PACKED_ARRAYS = Object.keys(PACKED) as PackedArray[];

/**
 * A range of runs' outcomes in one typed array per kind of outcome (and one of counts), run
 * after run: one message from a worker, a buffer per kind moved, not one per kind a run.
 */
export type PackedOutcomes = { readonly runs: number } & { readonly [K in PackedArray]: RunOutcome[K] } & {
  /** Generated and refused events, two a run. */
  readonly counts: Float64Array;
};

/** Every buffer of packed outcomes: what a worker hands over with them. */
export function packedBuffers(p: PackedOutcomes): ArrayBuffer[] {
  return [...PACKED_ARRAYS.map((k) => p[k].buffer), p.counts.buffer] as ArrayBuffer[];
}

/** Packs outcomes (all of one forecast, so of equal sizes) into `PackedOutcomes`. */
export function pack(outcomes: readonly RunOutcome[]): PackedOutcomes {
  const n = outcomes.length;
  const first = outcomes[0];
  const out: Record<string, unknown> = { runs: n };
  for (const k of PACKED_ARRAYS) {
    const size = first?.[k].length ?? 0;
    const packed = new PACKED[k](n * size);
    for (const [i, o] of outcomes.entries()) packed.set(o[k], i * size);
    out[k] = packed;
  }
  const counts = new Float64Array(n * 2);
  outcomes.forEach((o, i) => {
    counts[i * 2] = o.generated;
    counts[i * 2 + 1] = o.refused;
  });
  out.counts = counts;
  return out as PackedOutcomes;
}

/** The outcomes of `pack`, each run a view into the packed arrays (nothing copied). */
export function unpack(p: PackedOutcomes): RunOutcome[] {
  const per = Object.fromEntries(PACKED_ARRAYS.map((k) => [k, p.runs === 0 ? 0 : p[k].length / p.runs])) as Record<
    PackedArray,
    number
  >;
  return Array.from({ length: p.runs }, (_, i) => {
    const views = Object.fromEntries(PACKED_ARRAYS.map((k) => [k, p[k].subarray(i * per[k], (i + 1) * per[k])]));
    return {
      ...(views as { [K in PackedArray]: RunOutcome[K] }),
      generated: p.counts[i * 2] as number,
      refused: p.counts[i * 2 + 1] as number,
      events: null,
      final: null,
    };
  });
}
