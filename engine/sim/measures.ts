import type { EventId, PlaceId, SideId } from "../model/ids.js";
import { emptyRecord, recordOf } from "../model/record.js";
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
  readonly sieges: Map<string, number>;
  /** Fire-control counts over the measured places, by `place \t k \t side`. */
  readonly fireControl: Map<string, number>;
  /** Per-run values (NaN: absent) by `c \t side \t claimant \t k` (killed) or `f \t place \t side \t k` (km). */
  readonly values: Map<string, Float64Array>;
  /** Runs in which each event lost its footing. */
  readonly lost: Map<EventId, number>;
  /** Runs that drew each alternative, by `choice index \t alternative index`. */
  readonly drawn: Map<string, number>;
}

function count(m: Map<string, number>, key: string, n = 1): void {
  m.set(key, (m.get(key) ?? 0) + n);
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
      sieges: new Map(),
      fireControl: new Map(),
      values: new Map(),
      lost: new Map(),
      drawn: new Map(),
    };
  }

  /** Call before a run's instants are visited. */
  begin(run: number): void {
    this.#run = run;
  }

  #value(key: string, v: number): void {
    let arr = this.partial.values.get(key);
    if (arr === undefined) {
      arr = new Float64Array(this.partial.to - this.partial.from).fill(Number.NaN);
      this.partial.values.set(key, arr);
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
        count(this.partial.fireControl, `${p.id}\t${k}\t${p.fireControl.side}`);
      }
    }
    const sieges = m.sieges?.map((id) => [id, Ledger.get(state.sieges, id)] as const) ?? Ledger.entries(state.sieges);
    for (const [id, s] of sieges) {
      if (s === undefined) continue;
      count(this.partial.sieges, `${id}\t${k}\t${s.status}`);
      count(this.partial.sieges, `${id}\t${k}\tsupply:${s.supply}`);
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
    for (const l of r.lost) count(this.partial.lost, l.event.id);
    r.drawn.forEach((a, c) => {
      count(this.partial.drawn, `${c}\t${a}`);
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

/** The entry of `o` under `key`, made (with `make`) when there is none. */
function slot<T>(o: Record<string, T>, key: string, make: () => T): T {
  let v = o[key];
  if (v === undefined) {
    v = make();
    o[key] = v;
  }
  return v;
}

/** The counts of every partial added up, by key. */
function summed(
  parts: readonly RangeResult[],
  field: "sieges" | "fireControl" | "lost" | "drawn",
): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of parts) for (const [k, n] of part[field]) count(out, k, n);
  return out;
}

/** The distinct first fields of tab-separated keys, sorted. */
function firstFields(keys: Iterable<string>): string[] {
  return [...new Set([...keys].map((k) => k.split("\t")[0] as string))].sort();
}

/**
 * Merges the partials of runs 0..runs-1 (any split, any order) into distributions. Counts are
 * summed as integers and per-run values placed by run index, so the result does not depend on
 * how the runs were split between workers. Every record of the result has no prototype (its
 * keys are names from input) and lists its keys in a fixed order: places in catalogue order,
 * sieges, fire control, casualties, fronts and lost events by sorted id, moments in the order
 * asked, outcomes in the order of the sides (or statuses), choices and alternatives in the
 * model's order.
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
  const places = emptyRecord<Record<string, Record<string, number>>>();
  const counts = new Int32Array(setup.instants.length * nPlaces * sides.length);
  for (const part of sorted)
    for (let i = 0; i < counts.length; i++) counts[i] = (counts[i] as number) + (part.places[i] as number);
  setup.measures.places.forEach((pi, j) => {
    const id = setup.initial.places[pi]?.id ?? String(pi);
    const byAt = emptyRecord<Record<string, number>>();
    for (const a of at) {
      const dist = emptyRecord<number>();
      sides.forEach((side, s) => {
        const n = counts[(a.k * nPlaces + j) * sides.length + s] as number;
        if (n > 0) dist[side] = n / runs;
      });
      byAt[a.key] = dist;
    }
    places[id] = byAt;
  });

  /** For each moment, the share of runs with each outcome, and `rest` for the runs with none. */
  const shares = (counted: Map<string, number>, id: string, outcomes: readonly string[], rest: string) => {
    const byAt = emptyRecord<Record<string, number>>();
    for (const a of at) {
      const dist = emptyRecord<number>();
      let seen = 0;
      for (const o of outcomes) {
        const n = counted.get(`${id}\t${a.k}\t${o}`) ?? 0;
        seen += n;
        if (n > 0) dist[o.replace(/^supply:/, "")] = n / runs;
      }
      if (seen < runs) dist[rest] = (runs - seen) / runs;
      byAt[a.key] = dist;
    }
    return byAt;
  };

  const siegeCounts = summed(sorted, "sieges");
  const sieges = emptyRecord<Record<string, Record<string, number>>>();
  const supply = emptyRecord<Record<string, Record<string, number>>>();
  for (const id of firstFields(siegeCounts.keys())) {
    supply[id] = shares(siegeCounts, id, ["supply:open", "supply:cut"], "absent");
    sieges[id] = shares(siegeCounts, id, ["active", "broken", "lifted", "fallen"], "absent");
  }

  const fireCounts = summed(sorted, "fireControl");
  const fireControl = emptyRecord<Record<string, Record<string, number>>>();
  for (const id of firstFields(fireCounts.keys()))
    fireControl[id] = shares(fireCounts, id, setup.initial.refs.sides, "none");

  const keys = [...new Set(sorted.flatMap((s) => [...s.values.keys()]))].sort();
  const casualties = emptyRecord<Record<string, Record<string, Quantiles>>>();
  const fronts = emptyRecord<Record<string, Record<string, Quantiles>>>();
  for (const key of keys) {
    const all = new Float64Array(runs).fill(Number.NaN);
    for (const part of sorted) {
      const v = part.values.get(key);
      if (v !== undefined) all.set(v, part.from);
    }
    const q = quantiles(all);
    if (q === null) continue;
    const [kind, a, b, kText] = key.split("\t") as [string, string, string, string];
    for (const m of at.filter((x) => x.k === Number(kText))) {
      const target = kind === "c" ? casualties : fronts;
      const inner = slot(slot(target, a, emptyRecord<Record<string, Quantiles>>), b, emptyRecord<Quantiles>);
      inner[m.key] = q;
    }
  }

  const lostCounts = summed(sorted, "lost");
  const lostFooting = recordOf(
    [...lostCounts.keys()].sort().map((id) => [id, (lostCounts.get(id) ?? 0) / runs] as const),
  );

  const drawn = summed(sorted, "drawn");
  const choices = recordOf(
    p.choices.map(
      (c, ci) =>
        [c.id, recordOf(c.names.map((name, ai) => [name, (drawn.get(`${ci}\t${ai}`) ?? 0) / runs] as const))] as const,
    ),
  );

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
