import type { DomainEvent } from "../events/event.js";
import type { Quantity } from "../model/quantity.js";
import { sampleTriangular } from "./distributions.js";
import type { Rng } from "./rng.js";

type Path = readonly (string | number)[];

const SKIP = new Set(["time", "source", "dependsOn", "actors", "places", "id", "type", "note"]);

function isQuantity(v: unknown): v is Quantity {
  if (typeof v !== "object" || v === null) return false;
  const q = v as Record<string, unknown>;
  return (
    typeof q.low === "number" &&
    typeof q.best === "number" &&
    (typeof q.high === "number" || q.high === null) &&
    "text" in q
  );
}

function walk(v: unknown, path: (string | number)[], out: Path[]): void {
  if (isQuantity(v)) {
    if ((v.high ?? v.best) > v.low) out.push([...path]);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      walk(x, [...path, i], out);
    });
  } else if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      if (path.length === 0 && SKIP.has(k)) continue;
      walk(x, [...path, k], out);
    }
  }
}

const cache = new WeakMap<DomainEvent, readonly Path[]>();

/** The paths of an event's quantities whose low and high differ (found once per event object). */
export function uncertainPaths(event: DomainEvent): readonly Path[] {
  let paths = cache.get(event);
  if (paths === undefined) {
    const out: Path[] = [];
    walk(event, [], out);
    paths = out;
    cache.set(event, paths);
  }
  return paths;
}

function setIn(node: unknown, path: Path, i: number, value: Quantity): unknown {
  if (i === path.length) return value;
  const key = path[i] as string | number;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = setIn(node[key as number], path, i + 1, value);
    return Object.freeze(copy);
  }
  const obj = node as Record<string | number, unknown>;
  return Object.freeze({ ...obj, [key]: setIn(obj[key], path, i + 1, value) });
}

/**
 * The log with each uncertain quantity replaced by one drawn value (low = best = high = the
 * draw, the source's wording kept), in log order and path order. Events without uncertain
 * quantities are shared, not copied; the log itself is returned when none has any.
 */
export function sampleLog(log: readonly DomainEvent[], rng: Rng): readonly DomainEvent[] {
  let out: DomainEvent[] | null = null;
  for (let i = 0; i < log.length; i++) {
    const e = log[i] as DomainEvent;
    const paths = uncertainPaths(e);
    if (paths.length === 0) continue;
    let copy: unknown = e;
    for (const p of paths) {
      let q: unknown = copy;
      for (const k of p) q = (q as Record<string | number, unknown>)[k];
      const v = sampleTriangular(q as Quantity, rng);
      copy = setIn(copy, p, 0, Object.freeze({ low: v, best: v, high: v, text: (q as Quantity).text }));
    }
    out ??= log.slice();
    out[i] = copy as DomainEvent;
  }
  return out ?? log;
}
