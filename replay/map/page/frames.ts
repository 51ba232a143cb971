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
import { frontArrows, frontsSvg } from "../fronts.js";
import { cutRoutes, siegeRings } from "../sieges.js";
import { markerAttributes, markerBody, markerStyle } from "../symbols.js";

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
  /** Overlays: the string indices of the siege rings, cut routes and front arrows drawn together. */
  readonly layers: readonly (readonly number[])[];
  /**
   * Frames in order: [day index, event index or -1, layer index, ...changes as triples (place
   * number, style, info)]. Frame 0 sets every place.
   */
  readonly frames: readonly (readonly number[])[];
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

/**
 * Replays the campaign once with the engine's reducer and records, for every event and every
 * day on which a fact stops being uncertain, what the map shows: each located place's marker
 * and tooltip, and (after each day's last event) the sieges, cut routes and fronts. Uncertainty is judged at the end of the
 * frame's day, as `sitrep map --at <day>` judges it.
 */
export function pageData(base: MapBase, campaign: Campaign): PageData {
  const scenario = campaign.scenario;
  const zone = scenario.timeZone;
  const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
  const strings = new Table<string>();
  const str = (s: string) => strings.add(s, () => s);
  const styles = new Table<readonly [number, number]>();
  const infos = new Table<readonly [number, number, number, number]>();
  const layers = new Table<readonly number[]>();
  const eventIndex = new Map<string, number>();
  const events: (readonly [number, number, number, number, number])[] = [];

  const all = scenario.events;
  const firstDay = scenario.span.start.slice(0, 10);
  const lastEvent = all[all.length - 1]?.time.earliest.slice(0, 10) ?? firstDay;
  const spanEnd = scenario.span.end.slice(0, 10);
  const days = daysBetween(firstDay, [spanEnd, lastEvent].sort()[1] ?? spanEnd, zone);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const dayOf = (e: DomainEvent) => Math.max(0, dayIndex.get(e.time.earliest.slice(0, 10)) ?? 0);

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
  const current = new Int32Array(located.length * 2).fill(-1);
  const frames: number[][] = [];
  let lastLayer = -1;

  let layerDirty = true;
  /** Located places (by number) whose control is still uncertain: a later day may show them certain. */
  const pending = new Set<number>();
  const frame = (state: State, prev: State | null, day: number, event: number, atMs: number, recheck: boolean) => {
    const changes: number[] = [];
    const look = (k: number) => {
      const q = located[k];
      const p = q === undefined ? undefined : state.places[q.index];
      if (q === undefined || p === undefined) return;
      const style = markerStyle(p, atMs, q.precision, base.colors);
      const attrs = markerAttributes(style);
      const body = markerBody(style);
      const s = styles.add(`${attrs}|${body}`, () => [str(body), str(attrs)] as const);
      const by = p.byEvent === null ? -1 : (eventIndex.get(p.byEvent) ?? -1);
      const note =
        p.basis === "inferred"
          ? "inferred from a later capture that says whom it was taken from"
          : style.hollow
            ? "uncertain: the event may not have happened yet"
            : "";
      const side = p.controller === null ? "nobody known" : names.side(p.controller);
      const info = infos.add(`${side}|${p.since}|${by}|${note}`, () => [
        str(side),
        str(p.since === null ? "" : p.since.slice(0, 10)),
        by,
        str(note),
      ]);
      if (p.certainFrom !== null && Date.parse(p.certainFrom) > atMs) pending.add(k);
      else pending.delete(k);
      if (current[2 * k] !== s || current[2 * k + 1] !== info) {
        current[2 * k] = s;
        current[2 * k + 1] = info;
        changes.push(k, s, info);
      }
    };
    if (prev === null) for (let k = 0; k < located.length; k++) look(k);
    else {
      const seen = recheck ? [...pending] : [];
      if (prev.places !== state.places)
        for (const [k, q] of located.entries())
          if (prev.places[q.index] !== state.places[q.index]) {
            layerDirty = true;
            seen.push(k);
          }
      for (const k of [...new Set(seen)].sort((a, b) => a - b)) look(k);
    }
    if (prev !== null && (prev.sieges !== state.sieges || prev.supplyRoutes !== state.supplyRoutes)) layerDirty = true;
    // the overlays are drawn once a day, after its last event: fronts look at every place
    let layer = lastLayer;
    if (layerDirty && lastOfItsDay) {
      const items = [
        ...cutRoutes(state, base.positions, base.colors),
        ...siegeRings(state, base.positions, base.colors),
        ...frontsSvg(frontArrows(state, base.positions), base.colors),
      ].map(str);
      layer = layers.add(items.join(","), () => items);
      layerDirty = false;
    }
    if (changes.length > 0 || layer !== lastLayer || event >= 0 || prev === null) {
      frames.push([day, event, layer, ...changes]);
      lastLayer = layer;
    }
  };

  let lastOfItsDay = true;
  let state = scenario.initial;
  const endOf = (day: string) => parseInstant(day, zone).ms;
  frame(state, null, 0, -1, endOf(days[0] ?? firstDay), true);
  let next = 0;
  for (const [d, day] of days.entries()) {
    const atMs = endOf(day);
    if (pending.size > 0 && (next >= all.length || dayOf(all[next] as DomainEvent) > d)) {
      // no event today, but some fact may stop being uncertain
      frame(state, state, d, -1, atMs, true);
    }
    lastOfItsDay = true;
    // a day's end is the same moment for all its events: what was uncertain is looked at again once
    let firstOfDay = true;
    while (next < all.length && dayOf(all[next] as DomainEvent) <= d) {
      const after = applySegment(state, all, next, next + 1);
      lastOfItsDay = next + 1 >= all.length || dayOf(all[next + 1] as DomainEvent) > d;
      frame(after, state, d, eventIndex.get((all[next] as DomainEvent).id) ?? -1, atMs, firstOfDay && pending.size > 0);
      firstOfDay = false;
      state = after;
      next += 1;
    }
  }
  return {
    days,
    strings: strings.items,
    styles: styles.items,
    infos: infos.items,
    layers: layers.items,
    events,
    frames,
  };
}
