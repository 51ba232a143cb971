import { DateTime } from "luxon";
import type { Campaign } from "../../../engine/campaign.js";
import type { DomainEvent } from "../../../engine/events/event.js";
import { citedWords } from "../../../engine/model/cited-words.js";
import { applySegment } from "../../../engine/reducer/reduce.js";
import type { State } from "../../../engine/state/types.js";
import { parseInstant } from "../../../engine/time/instant.js";
import { sourceOf } from "../../render/event-line.js";
import { namesOf } from "../../render/names.js";
import { summary } from "../../render/summary.js";
import type { MapBase } from "../base.js";
import { type EventWindow, mapEvents } from "../events.js";
import { frontArrows, frontsSvg } from "../fronts.js";
import { cutRoutes, siegeRings } from "../sieges.js";
import { markerAttributes, markerBody, markerStyle } from "../symbols.js";
import { type PageEvents, pageEvents } from "./event-layer.js";
import { FrontTracker } from "./front-tracker.js";
import { touchedPlaces } from "./touched.js";

/**
 * The campaign as the page plays it: every table is shared, every frame says only what changed.
 * Strings (summaries, quotes, sources, side names, SVG fragments) are stored once in `strings`
 * and referred to by index.
 */
export interface PageData {
  /** Every day of the span (and of any event outside it), `YYYY-MM-DD`. */
  readonly days: readonly string[];
  readonly strings: readonly string[];
  /** Marker styles: [string index of the marker's SVG, of its attributes]. */
  readonly styles: readonly (readonly [number, number])[];
  /** What a tooltip says of a place's control: [controller's name, since (day), event index or -1, basis note]. */
  readonly infos: readonly (readonly [number, number, number, number])[];
  /** Events, the initial facts first: [day index or -1 for an initial fact, id, summary, quote, source] (string indices except the day). */
  readonly events: readonly (readonly [number, number, number, number, number])[];
  /**
   * Frames in order, one after every event and one on every day on which a fact stops being
   * uncertain: [day index, event index or -1, n, ...n overlay items gone, m, ...m overlay items
   * drawn, ...changed places as triples (place number, style, info)]. Overlay items (siege rings,
   * cut routes, front arrows) are string indices. Frame 0 sets every place. `patchFrame` applies one.
   */
  readonly frames: readonly (readonly number[])[];
  /** The events layer, only when the page was asked to draw one (`sitrep map --html --events`). */
  readonly layer?: PageEvents;
}

class Table<T> {
  readonly items: T[] = [];
  readonly #index = new Map<string, number>();
  add(key: string, make: () => T): number {
    let i = this.#index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(make());
      this.#index.set(key, i);
    }
    return i;
  }
}

/** Every day from `first` to `last` inclusive, in the scenario's zone. */
function daysBetween(first: string, last: string, zone: string): string[] {
  const out: string[] = [];
  let d = DateTime.fromISO(first, { zone });
  const end = DateTime.fromISO(last, { zone });
  while (d <= end) {
    out.push(d.toISODate() ?? "");
    d = d.plus({ days: 1 });
  }
  return out;
}

/** What one located place shows at a moment: its marker and what its tooltip says of its control. */
export interface PlaceView {
  readonly body: string;
  readonly attrs: string;
  readonly side: string;
  readonly since: string;
  /** Id of the event that set its control, or null. */
  readonly by: string | null;
  readonly note: string;
}

/** The located place number `k` (in `base.positions.places`) as the map shows it at `atMs`. */
export function placeView(
  base: MapBase,
  names: ReturnType<typeof namesOf>,
  state: State,
  k: number,
  atMs: number,
): PlaceView | null {
  const q = base.positions.places[k];
  const p = q === undefined ? undefined : state.places[q.index];
  if (q === undefined || p === undefined) return null;
  const style = markerStyle(p, atMs, q.precision, base.colors);
  const note =
    p.basis === "inferred"
      ? "inferred from a later capture that says whom it was taken from"
      : style.hollow
        ? "uncertain: the event may not have happened yet"
        : "";
  return {
    body: markerBody(style),
    attrs: markerAttributes(style),
    side: p.controller === null ? "nobody known" : names.side(p.controller),
    since: p.since === null ? "" : p.since.slice(0, 10),
    by: p.byEvent,
    note,
  };
}

/** The overlays of a state as SVG items: cut routes, siege rings, front arrows. */
export function overlayItems(base: MapBase, state: State): string[] {
  return [
    ...cutRoutes(state, base.positions, base.colors),
    ...siegeRings(state, base.positions, base.colors),
    ...frontsSvg(frontArrows(state, base.positions), base.colors),
  ];
}

/** The days a campaign's page plays, and the day (index) of each of its events. */
export function pageDays(campaign: Campaign): {
  days: string[];
  dayOf: (e: DomainEvent) => number;
  endOf: (day: string) => number;
} {
  const scenario = campaign.scenario;
  const zone = scenario.timeZone;
  const all = scenario.events;
  const firstDay = scenario.span.start.slice(0, 10);
  const lastEvent = all[all.length - 1]?.time.earliest.slice(0, 10) ?? firstDay;
  const spanEnd = scenario.span.end.slice(0, 10);
  const days = daysBetween(firstDay, [spanEnd, lastEvent].sort()[1] ?? spanEnd, zone);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  return {
    days,
    dayOf: (e) => Math.max(0, dayIndex.get(e.time.earliest.slice(0, 10)) ?? 0),
    endOf: (day) => parseInstant(day, zone).ms,
  };
}

/**
 * Replays the campaign once with the engine's reducer and records, after every event and on
 * every day on which a fact stops being uncertain, what the map shows: each located place's
 * marker and tooltip, and the sieges, cut routes and fronts. Uncertainty is judged at the end
 * of the frame's day, as `sitrep map --at <day>` judges it.
 *
 * Only what changed is computed: the places the event touched (`touchedPlaces`), the siege rings
 * when the sieges changed, the cut routes when the routes did, and the fronts through a
 * `FrontTracker`.
 *
 * With a `window`, the events of that window ending at each day's end are added as a layer
 * (`pageEvents`); its strings come after all the frames' strings, so the rest of the data is
 * the same as without it.
 */
export function pageData(base: MapBase, campaign: Campaign, window?: EventWindow): PageData {
  const scenario = campaign.scenario;
  const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
  const strings = new Table<string>();
  const str = (s: string) => strings.add(s, () => s);
  const styles = new Table<readonly [number, number]>();
  const infos = new Table<readonly [number, number, number, number]>();
  const eventIndex = new Map<string, number>();
  const events: (readonly [number, number, number, number, number])[] = [];
  const all = scenario.events;
  const { days, dayOf, endOf } = pageDays(campaign);

  const addEvent = (e: DomainEvent, day: number) => {
    eventIndex.set(e.id, events.length);
    events.push([
      day,
      str(e.id),
      str(`${e.type} · ${summary(e, names)}`),
      str(e.simulated === undefined ? citedWords(e.source) : "[simulated: no source quotes this]"),
      str(sourceOf(e)),
    ]);
  };
  for (const e of scenario.initialEvents) addEvent(e, -1);
  for (const e of all) addEvent(e, dayOf(e));

  const located = base.positions.places;
  const indices = Int32Array.from(located.map((q) => q.index));
  /** Each state index's number among the located places, -1 when it is not located. */
  const numberOf = new Int32Array(scenario.initial.places.length).fill(-1);
  for (const [k, q] of located.entries()) numberOf[q.index] = k;
  const current = new Int32Array(located.length * 2).fill(-1);
  const frames: number[][] = [];
  const fronts = new FrontTracker(base.positions);
  let routes: { of: State["supplyRoutes"] | null; items: number[] } = { of: null, items: [] };
  let sieges: { of: State["sieges"] | null; items: number[] } = { of: null, items: [] };
  let frontItems: number[] = [];
  let shown = new Set<number>();

  /** Located places (by number) whose control is still uncertain: a later day may show them certain. */
  const pending = new Set<number>();
  const frame = (
    state: State,
    prev: State | null,
    cause: DomainEvent | null,
    day: number,
    event: number,
    atMs: number,
    recheck: boolean,
  ) => {
    const changes: number[] = [];
    const look = (k: number) => {
      const v = placeView(base, names, state, k, atMs);
      if (v === null) return;
      const s = styles.add(`${v.attrs}|${v.body}`, () => [str(v.body), str(v.attrs)] as const);
      const by = v.by === null ? -1 : (eventIndex.get(v.by) ?? -1);
      const info = infos.add(`${v.side}|${v.since}|${by}|${v.note}`, () => [
        str(v.side),
        str(v.since),
        by,
        str(v.note),
      ]);
      const p = state.places[indices[k] as number];
      if (p !== undefined && p.certainFrom !== null && Date.parse(p.certainFrom) > atMs) pending.add(k);
      else pending.delete(k);
      if (current[2 * k] !== s || current[2 * k + 1] !== info) {
        current[2 * k] = s;
        current[2 * k + 1] = info;
        changes.push(k, s, info);
      }
    };
    const touched: number[] = [];
    if (prev === null) for (let k = 0; k < located.length; k++) touched.push(k);
    else if (cause !== null) {
      for (const i of touchedPlaces(prev, state, cause)) {
        const k = numberOf[i] ?? -1;
        if (k >= 0) touched.push(k);
      }
      touched.sort((a, b) => a - b);
    }
    const seen = recheck && pending.size > 0 ? [...new Set([...touched, ...pending])].sort((a, b) => a - b) : touched;
    for (const k of seen) look(k);

    let overlayChanged = false;
    if (state.supplyRoutes !== routes.of) {
      routes = { of: state.supplyRoutes, items: cutRoutes(state, base.positions, base.colors).map(str) };
      overlayChanged = true;
    }
    if (state.sieges !== sieges.of) {
      sieges = { of: state.sieges, items: siegeRings(state, base.positions, base.colors).map(str) };
      overlayChanged = true;
    }
    if (touched.length > 0 && fronts.update(state, touched)) {
      frontItems = frontsSvg(fronts.arrows, base.colors).map(str);
      overlayChanged = true;
    }
    const gone: number[] = [];
    const drawn: number[] = [];
    if (overlayChanged) {
      const next = new Set([...routes.items, ...sieges.items, ...frontItems]);
      for (const x of shown) if (!next.has(x)) gone.push(x);
      for (const x of next) if (!shown.has(x)) drawn.push(x);
      shown = next;
    }
    if (changes.length > 0 || gone.length > 0 || drawn.length > 0 || event >= 0 || prev === null)
      frames.push([day, event, gone.length, ...gone, drawn.length, ...drawn, ...changes]);
  };

  let state = scenario.initial;
  frame(state, null, null, 0, -1, endOf(days[0] ?? ""), true);
  let next = 0;
  for (const [d, day] of days.entries()) {
    const atMs = endOf(day);
    if (pending.size > 0 && (next >= all.length || dayOf(all[next] as DomainEvent) > d)) {
      // no event today, but some fact may stop being uncertain
      frame(state, state, null, d, -1, atMs, true);
    }
    // a day's end is the same moment for all its events: what was uncertain is looked at again once
    let firstOfDay = true;
    while (next < all.length && dayOf(all[next] as DomainEvent) <= d) {
      const e = all[next] as DomainEvent;
      const after = applySegment(state, all, next, next + 1);
      frame(after, state, e, d, eventIndex.get(e.id) ?? -1, atMs, firstOfDay);
      firstOfDay = false;
      state = after;
      next += 1;
    }
  }
  const layer =
    window === undefined
      ? undefined
      : pageEvents(
          mapEvents(base),
          days.map((day) => endOf(day)),
          window,
          str,
        );
  return {
    days,
    strings: strings.items,
    styles: styles.items,
    infos: infos.items,
    events,
    frames,
    ...(layer === undefined ? {} : { layer }),
  };
}
