import type { State } from "../../../engine/state/types.js";
import {
  arrowOf,
  byObjective,
  type FrontArrow,
  latestFirst,
  MAX_FRONTS,
  type OpenFront,
  openFrontsOf,
  startDistance,
} from "../fronts.js";
import type { Positions } from "../layout.js";

/** A chosen front and the held place its arrow starts from: number in `pos.places` and distance, -1 when none. */
interface Chosen extends OpenFront {
  best: number;
  bestD: number;
}

/**
 * The front arrows of a replay kept up to date event by event, equal after every `update` to
 * what `frontArrows` draws from the whole state, at the cost of the places the event changed:
 * the open fronts are tracked per place, the `MAX_FRONTS` latest chosen again only when one
 * opens, moves or closes, and an arrow's start looked for again among all held places only when
 * the front is newly chosen or the place it started from changes hands; a place a side takes is
 * only compared with that side's chosen fronts.
 */
export class FrontTracker {
  readonly #pos: Positions;
  /** Open fronts by objective (state index). */
  readonly #open = new Map<number, readonly OpenFront[]>();
  /** Every open front, the latest first (`latestFirst`): the chosen are its first `MAX_FRONTS`. */
  readonly #order: OpenFront[] = [];
  /** Controller of each located place (by number in `pos.places`) at the last update. */
  readonly #controller: (string | null)[];
  #chosen: Chosen[] = [];
  #arrows: FrontArrow[] = [];

  constructor(pos: Positions) {
    this.#pos = pos;
    this.#controller = pos.places.map(() => null);
  }

  /** The arrows after the last update, as `frontArrows` draws them. */
  get arrows(): readonly FrontArrow[] {
    return this.#arrows;
  }

  /**
   * Brings the arrows up to `state`, given the located places (numbers in `pos.places`) whose
   * state changed since the last update (every one on the first). True when they changed.
   */
  update(state: State, changed: readonly number[]): boolean {
    const pos = this.#pos;
    let reselect = false;
    let redraw = false;
    const objectives = new Set(this.#chosen.map((c) => c.i));
    for (const k of changed) {
      const i = (pos.places[k] as { index: number }).index;
      const p = state.places[i];
      if (p === undefined) continue;
      const before = this.#open.get(i) ?? [];
      const now = openFrontsOf(i, p);
      if (before.length === now.length && before.every((f, j) => latestFirst(f, now[j] as OpenFront) === 0)) {
        if (objectives.has(i)) redraw = true; // its distance may have moved
        continue;
      }
      if (now.length > 0) this.#open.set(i, now);
      else this.#open.delete(i);
      for (const f of before) this.#order.splice(this.#rank(f), 1);
      for (const f of now) this.#order.splice(this.#rank(f), 0, f);
      reselect = true;
      if (objectives.has(i)) redraw = true;
    }
    // who took what: the chosen fronts look for their starts with the controllers as they are now
    const moves: { k: number; i: number; was: string | null; now: string | null }[] = [];
    for (const k of changed) {
      const i = (pos.places[k] as { index: number }).index;
      const was = this.#controller[k] ?? null;
      const now = state.places[i]?.controller ?? null;
      if (was === now) continue;
      this.#controller[k] = now;
      moves.push({ k, i, was, now });
    }
    if (reselect) redraw = this.#reselect() || redraw;
    for (const { k, i, was, now } of moves) {
      for (const c of this.#chosen) {
        if (c.side === was && c.best === k) {
          this.#start(c);
          redraw = true;
        } else if (c.side === now && c.i !== i) {
          const d = startDistance(pos, k, pos.at(c.i) as readonly [number, number]);
          if (d < c.bestD || (d === c.bestD && k < c.best)) {
            c.best = k;
            c.bestD = d;
            redraw = true;
          }
        }
      }
    }
    if (!redraw) return false;
    const arrows: FrontArrow[] = [];
    for (const c of this.#chosen) {
      const arrow = c.best < 0 ? null : arrowOf(state, pos, c.i, c.side, c.best);
      if (arrow !== null) arrows.push(arrow);
    }
    this.#arrows = arrows;
    return true;
  }

  /** Where `f` stands (or would stand) in `#order`: binary search. */
  #rank(f: OpenFront): number {
    let lo = 0;
    let hi = this.#order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (latestFirst(this.#order[mid] as OpenFront, f) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Chooses the latest fronts again; a front newly chosen looks for its start. True when the choice changed. */
  #reselect(): boolean {
    const top = this.#order.slice(0, MAX_FRONTS).sort(byObjective);
    const kept = new Map(this.#chosen.map((c) => [`${c.i} ${c.side}`, c]));
    let changed = top.length !== this.#chosen.length;
    this.#chosen = top.map((f, j) => {
      const old = kept.get(`${f.i} ${f.side}`);
      const prior = this.#chosen[j];
      if (prior === undefined || prior.i !== f.i || prior.side !== f.side) changed = true;
      if (old !== undefined) return old;
      const c: Chosen = { ...f, best: -1, bestD: Number.POSITIVE_INFINITY };
      this.#start(c);
      return c;
    });
    return changed;
  }

  /** Looks through every located place the front's side holds for the nearest to its objective. */
  #start(c: Chosen): void {
    const pos = this.#pos;
    const to = pos.at(c.i) as readonly [number, number];
    const controller = this.#controller;
    c.best = -1;
    c.bestD = Number.POSITIVE_INFINITY;
    for (let k = 0; k < controller.length; k++) {
      if (controller[k] !== c.side || (pos.places[k] as { index: number }).index === c.i) continue;
      const d = startDistance(pos, k, to);
      if (d < c.bestD) {
        c.best = k;
        c.bestD = d;
      }
    }
  }
}
