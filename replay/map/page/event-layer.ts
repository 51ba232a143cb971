import { DAY_MS } from "../../../engine/time/day-ms.js";
import { EVENT_FAMILIES, type EventWindow, FAMILY_STYLE, MARK_RADIUS, type MapEvents, windowWords } from "../events.js";
import { esc } from "../layout.js";

/**
 * The events layer as the page carries it: every event that shows on at least one of the page's
 * days, in log order, as parallel arrays, with the days it shows on worked out once here so the
 * page only compares numbers. On day `d` an event is drawn when `d0[i] <= d <= d1[i]`: the rule
 * `eventMarks` applies at the end of that day. The page groups the shown events by position and
 * sizes, colours and orders their circles as `eventMarks` does, with the constants sent here.
 */
export interface PageEvents {
  /** The window in words, as the legend says it. */
  readonly window: string;
  /** `MARK_RADIUS`: [floor, per square root of a death, largest, steps per pixel]. */
  readonly radius: readonly [number, number, number, number];
  /** Each family's [name, colour, label], in the legend's order (which breaks ties of the dominant family). */
  readonly families: readonly (readonly [string, string, string])[];
  /** Positions on the map (SVG units) of the events drawn. */
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The first and last day (indices into the page's days) the event is in the window. */
  readonly d0: readonly number[];
  readonly d1: readonly number[];
  /** Index into `families`. */
  readonly family: readonly number[];
  /** Deaths counted (best estimate), 0 when none. */
  readonly killed: readonly number[];
  /** The place it is drawn at: string indices of its id and its name. */
  readonly place: readonly number[];
  readonly placeName: readonly number[];
  /** String index of the event's id. */
  readonly id: readonly number[];
  /** Events that have no place with a position and are not drawn. */
  readonly unlocated: number;
}

/** The first index of the sorted `ends` whose value is >= `ms` (`ends.length` when none is). */
function firstAtOrAfter(ends: readonly number[], ms: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) >= ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The days, among those ending at `dayEnds` (ms, increasing), on which an event whose time runs
 * from `from` to `to` is in a window ending at the day's end: from the first day that ends at or
 * after `from` to the last whose window opens before `to`. Null when it shows on none.
 */
export function daysShown(
  dayEnds: readonly number[],
  from: number,
  to: number,
  window: EventWindow,
): { d0: number; d1: number } | null {
  const d0 = firstAtOrAfter(dayEnds, from);
  // end - window < to  <=>  end < to + window
  const d1 = window === "all" ? dayEnds.length - 1 : firstAtOrAfter(dayEnds, to + window.days * DAY_MS) - 1;
  return d0 <= d1 ? { d0, d1 } : null;
}

/** The layer of `events` (see `mapEvents`) for a page whose days end at `dayEnds`; strings go through `str`. */
export function pageEvents(
  events: MapEvents,
  dayEnds: readonly number[],
  window: EventWindow,
  str: (s: string) => number,
): PageEvents {
  const x: number[] = [];
  const y: number[] = [];
  const d0: number[] = [];
  const d1: number[] = [];
  const family: number[] = [];
  const killed: number[] = [];
  const place: number[] = [];
  const placeName: number[] = [];
  const id: number[] = [];
  for (const e of events.events) {
    const shown = daysShown(dayEnds, e.from, e.to, window);
    if (shown === null) continue;
    x.push(e.x);
    y.push(e.y);
    d0.push(shown.d0);
    d1.push(shown.d1);
    family.push(EVENT_FAMILIES.indexOf(e.family));
    killed.push(e.killed);
    place.push(str(e.place));
    placeName.push(str(e.placeName));
    id.push(str(e.id));
  }
  const { floor, perRootKilled, max, stepsPerPixel } = MARK_RADIUS;
  return {
    window: windowWords(window),
    radius: [floor, perRootKilled, max, stepsPerPixel],
    families: EVENT_FAMILIES.map((f) => [f, FAMILY_STYLE[f].color, FAMILY_STYLE[f].label] as const),
    x,
    y,
    d0,
    d1,
    family,
    killed,
    place,
    placeName,
    id,
    unlocated: events.unlocated,
  };
}

/** The empty group the page draws the circles into, with the window it shows. */
export function eventLayerSvg(layer: PageEvents): string {
  return `<g class="events" id="event-layer" data-window="${esc(layer.window)}"></g>`;
}
