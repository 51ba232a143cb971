import type { DomainEvent } from "../events/event.js";
import type { Scenario } from "../scenario/scenario.js";
import { DAY_MS } from "../time/day-ms.js";
import { distanceKm, type Point, pointOf, uncertaintyKm } from "./geo.js";

/** How close in time and place a dataset event must be to match: days of slack and km. */
export interface Within {
  readonly days: number;
  readonly km: number;
}

export const DEFAULT_WITHIN: Within = { days: 3, km: 10 };

/**
 * Reads `--within`: days and km in either order, comma-separated ("3d,10km"); null when it is
 * not of that form.
 */
export function parseWithin(text: string): Within | null {
  let days: number | null = null;
  let km: number | null = null;
  for (const part of text.split(",").map((p) => p.trim())) {
    const m = /^(\d+(?:\.\d+)?)\s*(d|km)$/.exec(part);
    if (m === null) return null;
    if (m[2] === "d") days = Number(m[1]);
    else km = Number(m[1]);
  }
  return days === null && km === null ? null : { days: days ?? DEFAULT_WITHIN.days, km: km ?? DEFAULT_WITHIN.km };
}

/** A dataset row matching a hand-cited event. */
export interface RowMatch {
  /** The row's id in its dataset. */
  readonly row: string;
  /** The dataset's events citing the row, and the kind of the first ("clashes", "civilians-killed", ...). */
  readonly events: readonly string[];
  readonly type: string;
  readonly earliest: string;
  readonly latest: string;
  readonly place: string;
  /** Distance between the two points, km (before the precisions' allowance). */
  readonly distanceKm: number;
  /** The row's deaths as the dataset's events give them: low, best, high; null when they give none. */
  readonly deaths: { readonly low: number; readonly best: number; readonly high: number } | null;
}

/** A hand-cited figure against the dataset's range for the same time and place. */
export interface FigureCheck {
  readonly what: "killed" | "civilians killed";
  /** The figure the text gives (best; low and high). */
  readonly reported: { readonly low: number; readonly best: number; readonly high: number | null };
  /** The matching rows' low and high, added up. */
  readonly dataset: { readonly low: number; readonly high: number };
  readonly verdict: "inside" | "below" | "above" | "no rows";
}

/** One hand-cited event and what the dataset holds near it. */
export interface CrosscheckEntry {
  readonly event: string;
  readonly type: string;
  readonly earliest: string;
  readonly latest: string;
  readonly places: readonly string[];
  /** False when none of its places has coordinates (then nothing is matched). */
  readonly located: boolean;
  readonly matches: readonly RowMatch[];
  readonly figure: FigureCheck | null;
}

interface Located {
  readonly event: DomainEvent;
  readonly point: Point;
  readonly place: string;
  readonly from: number;
  readonly to: number;
}

function locate(s: Scenario, e: DomainEvent): { point: Point; place: string } | null {
  for (const p of e.places) {
    const point = pointOf(s.catalogue, p);
    if (point !== null) return { point, place: p };
  }
  return null;
}

function deathsOf(events: readonly DomainEvent[]): RowMatch["deaths"] {
  for (const e of events) {
    if (e.type === "casualties" && e.total !== undefined)
      return { low: e.total.low, best: e.total.best, high: e.total.high ?? e.total.best };
    if (e.type === "civilians-killed")
      return { low: e.killed.low, best: e.killed.best, high: e.killed.high ?? e.killed.best };
  }
  return null;
}

function figureOf(e: DomainEvent): { what: FigureCheck["what"]; q: FigureCheck["reported"] } | null {
  if (e.type === "civilians-killed") return { what: "civilians killed", q: e.killed };
  if (e.type !== "casualties") return null;
  const killed = e.figures.flatMap((f) => (f.killed === undefined ? [] : [f.killed]));
  if (e.total !== undefined) return { what: "killed", q: e.total };
  if (killed.length === 0) return null;
  const high = killed.some((k) => k.high === null) ? null : killed.reduce((a, k) => a + (k.high ?? 0), 0);
  return {
    what: "killed",
    q: { low: killed.reduce((a, k) => a + k.low, 0), best: killed.reduce((a, k) => a + k.best, 0), high },
  };
}

/**
 * For each event of `hand` cited by a quote, the rows of the dataset scenario that match it: their
 * time intervals overlap once widened by `within.days`, and their points lie within `within.km`
 * plus what each point's precision allows (see `uncertaintyKm`). A casualty figure of the event
 * is set against the low–high range, added up, of the matching rows of its kind (deaths in
 * fighting for `casualties`, one-sided violence for `civilians-killed`).
 * @example
 * crosscheck(loadScenario("anbar-2015"), ucdpIraq, { days: 3, km: 10 })
 *   .find((c) => c.event === "an-ramadi-falls")?.matches.map((m) => m.row); // [..., "197065", "197075", ...]
 */
export function crosscheck(hand: Scenario, dataset: Scenario, within: Within = DEFAULT_WITHIN): CrosscheckEntry[] {
  const rows = new Map<string, DomainEvent[]>();
  for (const e of dataset.events) {
    const id = e.source.row?.id;
    if (id === undefined) continue;
    const list = rows.get(id);
    if (list === undefined) rows.set(id, [e]);
    else list.push(e);
  }
  const candidates: Located[] = [];
  for (const [, events] of rows) {
    const e = events[0] as DomainEvent;
    const at = locate(dataset, e);
    if (at === null) continue;
    candidates.push({ event: e, ...at, from: Date.parse(e.time.earliest), to: Date.parse(e.time.latest) });
  }
  const slack = within.days * DAY_MS;
  return hand.events
    .filter((e) => e.source.quote !== null && e.simulated === undefined)
    .map((e): CrosscheckEntry => {
      const base = { event: e.id, type: e.type, earliest: e.time.earliest, latest: e.time.latest, places: e.places };
      const at = locate(hand, e);
      const figure = figureOf(e);
      if (at === null) return { ...base, located: false, matches: [], figure: null };
      const from = Date.parse(e.time.earliest) - slack;
      const to = Date.parse(e.time.latest) + slack;
      const reach = within.km + uncertaintyKm(at.point.precision);
      const matches = candidates
        .filter((c) => c.from <= to && c.to >= from)
        .map((c) => ({ c, d: distanceKm(at.point, c.point) }))
        .filter(({ c, d }) => d <= reach + uncertaintyKm(c.point.precision))
        .map(({ c, d }): RowMatch => {
          const events = rows.get(c.event.source.row?.id ?? "") ?? [];
          return {
            row: c.event.source.row?.id ?? "",
            events: events.map((x) => x.id),
            type: c.event.type,
            earliest: c.event.time.earliest,
            latest: c.event.time.latest,
            place: c.place,
            distanceKm: Math.round(d * 10) / 10,
            deaths: deathsOf(events),
          };
        });
      return { ...base, located: true, matches, figure: figure === null ? null : check(figure, matches) };
    });
}

function check(
  f: { what: FigureCheck["what"]; q: FigureCheck["reported"] },
  matches: readonly RowMatch[],
): FigureCheck {
  const civilian = f.what === "civilians killed";
  const counted = matches.flatMap((m) =>
    m.deaths === null || (m.type === "civilians-killed") !== civilian ? [] : [m.deaths],
  );
  const dataset = {
    low: counted.reduce((a, d) => a + d.low, 0),
    high: counted.reduce((a, d) => a + d.high, 0),
  };
  const verdict =
    counted.length === 0 ? "no rows" : f.q.best < dataset.low ? "below" : f.q.best > dataset.high ? "above" : "inside";
  return { what: f.what, reported: f.q, dataset, verdict };
}
