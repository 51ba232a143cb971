import type { EventId, PlaceId, SideId } from "../model/ids.js";
import { Ledger } from "../state/ledger.js";
import type { CasualtyTally, SiegeStatus, State, SupplyStatus } from "../state/types.js";
import { type Quantiles, quantiles } from "./distributions.js";
import type { Prepared, RunResult, RunSetup } from "./run.js";

/** What a range of runs measured: counts (summed across ranges) and per-run values (placed by run index). */
export interface RangeResult {
  readonly from: number;
  readonly to: number;
  /** Controller counts: `[k][place slot][side slot]`, the last side slot for "unknown". */
  readonly places: Int32Array;
  /** Siege status counts by `id \t k \t status`, and supply counts by `id \t k \t supply:open|cut`. */
  readonly sieges: Record<string, number>;
  /** Fire-control counts over the measured places, by `place \t k \t side`. */
  readonly fireControl: Record<string, number>;
  /** Per-run values (NaN: absent) by `c \t side \t claimant \t k` (killed) or `f \t place \t side \t k` (km). */
  readonly values: Record<string, Float64Array>;
  /** Runs in which each event lost its footing. */
  readonly lost: Record<EventId, number>;
  /** Runs that drew each alternative, by `choice index \t alternative index`. */
  readonly drawn: Record<string, number>;
}

/** Collects the measures of the runs `from..to` of one setup. */
export class Tally {
  readonly #setup: RunSetup;
  readonly #sides: number;
  readonly partial: RangeResult;
  #run = 0;

  constructor(setup: RunSetup, from: number, to: number) {
    this.#setup = setup;
    this.#sides = setup.initial.refs.sides.length + 1;
    this.partial = {
      from,
      to,
      places: new Int32Array(setup.instants.length * setup.measures.places.length * this.#sides),
      sieges: {},
      fireControl: {},
      values: {},
      lost: {},
      drawn: {},
    };
  }

  /** Call before a run's instants are visited. */
  begin(run: number): void {
    this.#run = run;
  }

  #value(key: string, v: number): void {
    let arr = this.partial.values[key];
    if (arr === undefined) {
      arr = new Float64Array(this.partial.to - this.partial.from).fill(Number.NaN);
      this.partial.values[key] = arr;
    }
    arr[this.#run - this.partial.from] = v;
  }

  /** Records the state at instant `k` (a draft: read only now). */
  readonly visit = (state: State, k: number): void => {
    const m = this.#setup.measures;
    const sides = state.refs.sides;
    const base = k * m.places.length * this.#sides;
    for (let j = 0; j < m.places.length; j++) {
      const p = state.places[m.places[j] as number];
      const c = p?.controller ?? null;
      const slot = c === null ? this.#sides - 1 : sides.indexOf(c);
      (this.partial.places[base + j * this.#sides + slot] as number)++;
      if (p?.fireControl) {
        const key = `${p.id}\t${k}\t${p.fireControl.side}`;
        this.partial.fireControl[key] = (this.partial.fireControl[key] ?? 0) + 1;
      }
    }
    const sieges = m.sieges?.map((id) => [id, Ledger.get(state.sieges, id)] as const) ?? Ledger.entries(state.sieges);
    for (const [id, s] of sieges) {
      if (s === undefined) continue;
      const key = `${id}\t${k}\t${s.status}`;
      this.partial.sieges[key] = (this.partial.sieges[key] ?? 0) + 1;
      const supply = `${id}\t${k}\tsupply:${s.supply}`;
      this.partial.sieges[supply] = (this.partial.sieges[supply] ?? 0) + 1;
    }
    if (m.casualties) {
      for (const side of Object.keys(state.casualties)) {
        const by = state.casualties[side] ?? Ledger.empty<CasualtyTally>();
        for (const [claimant, tally] of Ledger.entries(by))
          this.#value(`c\t${side}\t${claimant}\t${k}`, tally.killed.best);
      }
    }
    if (m.fronts) {
      for (const p of state.places) {
        for (const side in p.fronts) {
          const f = p.fronts[side];
          if (f !== undefined && f.closed === null) this.#value(`f\t${p.id}\t${side}\t${k}`, f.distanceKm.best);
        }
      }
    }
  };

  /** Records what a run drew and lost. */
  end(r: RunResult): void {
    for (const l of r.lost) this.partial.lost[l.event.id] = (this.partial.lost[l.event.id] ?? 0) + 1;
    r.drawn.forEach((a, c) => {
      const key = `${c}\t${a}`;
      this.partial.drawn[key] = (this.partial.drawn[key] ?? 0) + 1;
    });
  }
}

/** The moments a simulation measured at: the key as the user wrote it, and the instant. */
export interface MeasuredAt {
  readonly key: string;
  readonly iso: string;
}

/**
 * What a simulation gives: probabilities and quantiles over its runs, keyed by each moment as
 * it was asked for (`at: ["2017-08-01"]` gives `places["ghan-al-ali"]["2017-08-01"]`).
 */
export interface Distributions {
  readonly runs: number;
  readonly seed: string;
  readonly at: readonly MeasuredAt[];
  /** For each place, at each moment, the probability of each controller (`"unknown"`: nobody, or evenly divided). */
  readonly places: Readonly<Record<PlaceId, Readonly<Record<string, Readonly<Record<SideId | "unknown", number>>>>>>;
  /** For each siege, at each moment, the probability of each status (`"absent"`: not laid yet in that run). */
  readonly sieges: Readonly<
    Record<string, Readonly<Record<string, Readonly<Partial<Record<SiegeStatus | "absent", number>>>>>>
  >;
  /** For each siege, at each moment, the probability of its supply being open or cut (`"absent"`: not laid yet in that run). */
  readonly supply: Readonly<
    Record<string, Readonly<Record<string, Readonly<Partial<Record<SupplyStatus | "absent", number>>>>>>
  >;
  /**
   * For each measured place that some run holds under fire control, at each moment, the
   * probability of each side holding it so (`"none"`: no fire control in that run).
   */
  readonly fireControl: Readonly<Record<PlaceId, Readonly<Record<string, Readonly<Record<SideId | "none", number>>>>>>;
  /**
   * Killed, per side and per claimant (each source's own running total; sources are never
   * added together), at each moment, over the runs in which that claimant has a figure.
   */
  readonly casualties: Readonly<Record<SideId, Readonly<Record<string, Readonly<Record<string, Quantiles>>>>>>;
  /** A side's distance to a place (km), at each moment, over the runs in which that front is open. */
  readonly fronts: Readonly<Record<PlaceId, Readonly<Record<SideId, Readonly<Record<string, Quantiles>>>>>>;
  /** For each choice, the share of runs that drew each alternative. */
  readonly choices: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** For each event that lost its footing in some run, the share of runs in which it did. */
  readonly lostFooting: Readonly<Record<EventId, number>>;
}

function slot<T>(o: Record<string, T>, key: string, make: () => T): T {
  let v = o[key];
  if (v === undefined) {
    v = make();
    o[key] = v;
  }
  return v;
}

/**
 * Merges the partials of runs 0..runs-1 (any split, any order) into distributions. Counts are
 * summed as integers and per-run values placed by run index, so the result does not depend on
 * how the runs were split between workers.
 */
export function merge(
  p: Prepared,
  partials: readonly RangeResult[],
  runs: number,
  at: readonly (MeasuredAt & { readonly k: number })[],
): Distributions {
  const { setup } = p;
  const sorted = [...partials].sort((a, b) => a.from - b.from);
  const sides = [...setup.initial.refs.sides, "unknown"];
  const nPlaces = setup.measures.places.length;
  const places: Record<string, Record<string, Record<string, number>>> = {};
  const counts = new Int32Array(setup.instants.length * nPlaces * sides.length);
  for (const part of sorted)
    for (let i = 0; i < counts.length; i++) counts[i] = (counts[i] as number) + (part.places[i] as number);
  setup.measures.places.forEach((pi, j) => {
    const id = setup.initial.places[pi]?.id ?? String(pi);
    const byAt: Record<string, Record<string, number>> = {};
    for (const a of at) {
      const dist: Record<string, number> = {};
      sides.forEach((side, s) => {
        const n = counts[(a.k * nPlaces + j) * sides.length + s] as number;
        if (n > 0) dist[side] = n / runs;
      });
      byAt[a.key] = dist;
    }
    places[id] = byAt;
  });

  const siegeCounts: Record<string, number> = {};
  for (const part of sorted)
    for (const [k, n] of Object.entries(part.sieges)) siegeCounts[k] = (siegeCounts[k] ?? 0) + n;
  const siegeIds = [...new Set(Object.keys(siegeCounts).map((k) => k.split("\t")[0] as string))].sort();
  const sieges: Record<string, Record<string, Record<string, number>>> = {};
  const supply: Record<string, Record<string, Record<string, number>>> = {};
  for (const id of siegeIds) {
    const supplyAt: Record<string, Record<string, number>> = {};
    for (const a of at) {
      const dist: Record<string, number> = {};
      let seen = 0;
      for (const status of ["open", "cut"] as const) {
        const n = siegeCounts[`${id}\t${a.k}\tsupply:${status}`] ?? 0;
        seen += n;
        if (n > 0) dist[status] = n / runs;
      }
      if (seen < runs) dist.absent = (runs - seen) / runs;
      supplyAt[a.key] = dist;
    }
    supply[id] = supplyAt;
    const byAt: Record<string, Record<string, number>> = {};
    for (const a of at) {
      const dist: Record<string, number> = {};
      let seen = 0;
      for (const status of ["active", "broken", "lifted", "fallen"] as const) {
        const n = siegeCounts[`${id}\t${a.k}\t${status}`] ?? 0;
        seen += n;
        if (n > 0) dist[status] = n / runs;
      }
      if (seen < runs) dist.absent = (runs - seen) / runs;
      byAt[a.key] = dist;
    }
    sieges[id] = byAt;
  }

  const fireCounts: Record<string, number> = {};
  for (const part of sorted)
    for (const [k, n] of Object.entries(part.fireControl)) fireCounts[k] = (fireCounts[k] ?? 0) + n;
  const fireControl: Record<string, Record<string, Record<string, number>>> = {};
  for (const id of [...new Set(Object.keys(fireCounts).map((k) => k.split("\t")[0] as string))].sort()) {
    const byAt: Record<string, Record<string, number>> = {};
    for (const a of at) {
      const dist: Record<string, number> = {};
      let seen = 0;
      for (const side of setup.initial.refs.sides) {
        const n = fireCounts[`${id}\t${a.k}\t${side}`] ?? 0;
        seen += n;
        if (n > 0) dist[side] = n / runs;
      }
      if (seen < runs) dist.none = (runs - seen) / runs;
      byAt[a.key] = dist;
    }
    fireControl[id] = byAt;
  }

  const keys = [...new Set(sorted.flatMap((s) => Object.keys(s.values)))].sort();
  const casualties: Record<string, Record<string, Record<string, Quantiles>>> = {};
  const fronts: Record<string, Record<string, Record<string, Quantiles>>> = {};
  for (const key of keys) {
    const all = new Float64Array(runs).fill(Number.NaN);
    for (const part of sorted) {
      const v = part.values[key];
      if (v !== undefined) all.set(v, part.from);
    }
    const q = quantiles(all);
    if (q === null) continue;
    const [kind, a, b, kText] = key.split("\t") as [string, string, string, string];
    for (const m of at.filter((x) => x.k === Number(kText))) {
      const target = kind === "c" ? casualties : fronts;
      slot<Record<string, Record<string, Quantiles>>>(target, a, () => ({}))[b] ??= {};
      const inner = target[a]?.[b];
      if (inner !== undefined) inner[m.key] = q;
    }
  }

  const lostCounts: Record<string, number> = {};
  for (const part of sorted) for (const [k, n] of Object.entries(part.lost)) lostCounts[k] = (lostCounts[k] ?? 0) + n;
  const lostFooting: Record<string, number> = {};
  for (const id of Object.keys(lostCounts).sort()) lostFooting[id] = (lostCounts[id] ?? 0) / runs;

  const choices: Record<string, Record<string, number>> = {};
  p.choices.forEach((c, ci) => {
    const dist: Record<string, number> = {};
    c.names.forEach((name, ai) => {
      let n = 0;
      for (const part of sorted) n += part.drawn[`${ci}\t${ai}`] ?? 0;
      dist[name] = n / runs;
    });
    choices[c.id] = dist;
  });

  return {
    runs,
    seed: setup.seed,
    at: at.map(({ key, iso }) => ({ key, iso })),
    places,
    sieges,
    supply,
    fireControl,
    casualties,
    fronts,
    choices,
    lostFooting,
  };
}
