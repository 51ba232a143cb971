import { pointOf } from "../../engine/datasets/geo.js";
import { eventFacts } from "../../engine/datasets/geojson.js";
import type { DomainEvent } from "../../engine/events/event.js";
import type { EventType } from "../../engine/events/kinds.js";
import { DAY_MS } from "../../engine/time/day-ms.js";
import type { MapBase } from "./base.js";
import { esc } from "./layout.js";
import { project } from "./projection.js";

/**
 * Events drawn as points: every event whose place has a position, at that position, in a window
 * of time that ends at the map's moment. Events at one position make one circle whose area
 * grows with the deaths they count (best estimates), coloured by the family most of them belong to.
 */

/** The families events are coloured by, in the order the legend lists them. */
export const EVENT_FAMILIES = ["fighting", "strikes", "civilians", "other"] as const;
export type EventFamily = (typeof EVENT_FAMILIES)[number];

/** Each family's colour and its name in the legend and tooltips. */
export const FAMILY_STYLE: Readonly<Record<EventFamily, { readonly color: string; readonly label: string }>> = {
  fighting: { color: "#B2182B", label: "fighting and losses" },
  strikes: { color: "#5E3C99", label: "air strikes and shelling" },
  civilians: { color: "#8C510A", label: "civilians killed" },
  other: { color: "#4D4D4D", label: "other developments" },
};

/** The family of every kind of event: written out whole, so a new kind must be given one. */
const FAMILY_OF: Readonly<Record<EventType, EventFamily>> = {
  clashes: "fighting",
  casualties: "fighting",
  "assault-repelled": "fighting",
  raid: "fighting",
  counterattack: "fighting",
  advance: "fighting",
  "place-captured": "fighting",
  "place-recaptured": "fighting",
  encirclement: "fighting",
  "pocket-cleared": "fighting",
  "person-killed": "fighting",
  "person-captured": "fighting",
  airstrike: "strikes",
  "artillery-bombardment": "strikes",
  "air-campaign": "strikes",
  "civilians-killed": "civilians",
  "person-executed": "civilians",
  "offensive-launched": "other",
  "offensive-suspended": "other",
  "offensive-resumed": "other",
  "offensive-concluded": "other",
  "control-reported": "other",
  withdrawal: "other",
  "link-up": "other",
  "siege-imposed": "other",
  "siege-tightened": "other",
  "siege-broken": "other",
  "siege-lifted": "other",
  "supply-route-cut": "other",
  "supply-route-secured": "other",
  "fire-control": "other",
  "airborne-landing": "other",
  reinforcement: "other",
  redeployment: "other",
  displacement: "other",
  "territory-share": "other",
  "area-cleared": "other",
  ceasefire: "other",
  "negotiations-scheduled": "other",
  "negotiations-held": "other",
  development: "other",
};

/** The family an event kind is drawn in. */
export function familyOf(kind: EventType): EventFamily {
  return FAMILY_OF[kind];
}

/** One event as the map places it. */
export interface MapEvent {
  readonly id: string;
  /** Position in the log. */
  readonly index: number;
  /** The place it is drawn at, and its name. */
  readonly place: string;
  readonly placeName: string;
  readonly x: number;
  readonly y: number;
  /** The earliest and latest instants the event's time allows, in ms since the epoch. */
  readonly from: number;
  readonly to: number;
  readonly family: EventFamily;
  /** The deaths it counts (best estimate); 0 when it counts none. */
  readonly killed: number;
}

/** Every event of a scenario that can be drawn, and how many cannot. */
export interface MapEvents {
  readonly events: readonly MapEvent[];
  /** Events none of whose places (nor any place enclosing them) has coordinates. */
  readonly unlocated: number;
}

/**
 * Places every event of the scenario once: at the marker of its first place the map draws, else
 * at the position the catalogue gives its first place that has one (its own or an enclosing
 * place's, as in the GeoJSON export).
 */
export function mapEvents(base: MapBase): MapEvents {
  const { catalogue } = base.scenario;
  const marker = new Map<string, readonly [number, number]>();
  for (const [i, p] of base.positions.places.entries()) {
    const xy = base.positions.xy[i];
    if (xy !== undefined) marker.set(p.id, xy);
  }
  const positionOf = (e: DomainEvent): { place: string; xy: readonly [number, number] } | null => {
    for (const p of e.places) {
      const xy = marker.get(p);
      if (xy !== undefined) return { place: p, xy };
    }
    for (const p of e.places) {
      const point = pointOf(catalogue, p);
      if (point !== null) return { place: p, xy: project(base.projection, point.lon, point.lat) };
    }
    return null;
  };
  const events: MapEvent[] = [];
  let unlocated = 0;
  for (const [index, e] of base.scenario.events.entries()) {
    const at = positionOf(e);
    if (at === null) {
      unlocated += 1;
      continue;
    }
    events.push({
      id: e.id,
      index,
      place: at.place,
      placeName: catalogue.place(at.place)?.name ?? at.place,
      x: at.xy[0],
      y: at.xy[1],
      from: Date.parse(e.time.earliest),
      to: Date.parse(e.time.latest),
      family: familyOf(e.type),
      killed: eventFacts.killedOf(e)?.best ?? 0,
    });
  }
  return { events, unlocated };
}

/** The time an events layer covers: a number of days up to the map's moment, or everything up to it. */
export type EventWindow = { readonly days: number } | "all";

/**
 * Reads a window as the command line writes it: days (`30d`), weeks (`2w`) or `all`. Returns
 * null for anything else.
 */
export function parseEventWindow(text: string): EventWindow | null {
  if (text === "all") return "all";
  const m = /^([1-9]\d{0,4})([dw])$/.exec(text);
  if (m === null) return null;
  return { days: Number(m[1]) * (m[2] === "w" ? 7 : 1) };
}

/** The window in words, for the legend: "last 30 days", "all so far". */
export function windowWords(w: EventWindow): string {
  if (w === "all") return "all so far";
  return w.days === 1 ? "last day" : `last ${w.days} days`;
}

/** One circle of the layer: the events at one position. */
export interface EventMark {
  readonly x: number;
  readonly y: number;
  /** The place of its first event, and its name. */
  readonly place: string;
  readonly placeName: string;
  readonly count: number;
  readonly killed: number;
  readonly byFamily: Readonly<Record<EventFamily, number>>;
  /** The family most of its events belong to (the legend's order breaks ties). */
  readonly family: EventFamily;
  readonly radius: number;
  /** Ids of its first events in log order (at most three). */
  readonly ids: readonly string[];
}

/**
 * The constants of `markRadius`: the radius of a circle that counts no deaths, what it grows by
 * per square root of a death, the largest radius, and the steps a pixel is rounded to.
 */
export const MARK_RADIUS = { floor: 3, perRootKilled: 1.2, max: 28, stepsPerPixel: 10 } as const;

/** A circle's radius: area in proportion to the deaths, with a floor so an event without deaths still shows. */
export function markRadius(killed: number): number {
  const { floor, perRootKilled, max, stepsPerPixel } = MARK_RADIUS;
  return Math.round(Math.min(max, floor + perRootKilled * Math.sqrt(killed)) * stepsPerPixel) / stepsPerPixel;
}

/**
 * The circles of the events that may have happened in the window ending at `atMs`: an event is
 * in it when its time interval reaches into the window (its earliest instant is not after the
 * moment and its latest is after the window's start). Larger circles come first, so smaller
 * ones are drawn over them; equal ones in the order of their first event.
 */
export function eventMarks(events: MapEvents, atMs: number, window: EventWindow): EventMark[] {
  const start = window === "all" ? Number.NEGATIVE_INFINITY : atMs - window.days * DAY_MS;
  const groups = new Map<string, MapEvent[]>();
  for (const e of events.events) {
    if (e.from > atMs || e.to <= start) continue;
    const key = `${e.x},${e.y}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [e]);
    else g.push(e);
  }
  const marks: { mark: EventMark; first: number }[] = [];
  for (const g of groups.values()) {
    const byFamily: Record<EventFamily, number> = { fighting: 0, strikes: 0, civilians: 0, other: 0 };
    let killed = 0;
    for (const e of g) {
      byFamily[e.family] += 1;
      killed += e.killed;
    }
    let family: EventFamily = "fighting";
    for (const f of EVENT_FAMILIES) if (byFamily[f] > byFamily[family]) family = f;
    const head = g[0] as MapEvent;
    marks.push({
      first: head.index,
      mark: {
        x: head.x,
        y: head.y,
        place: head.place,
        placeName: head.placeName,
        count: g.length,
        killed,
        byFamily,
        family,
        radius: markRadius(killed),
        ids: g.slice(0, 3).map((e) => e.id),
      },
    });
  }
  marks.sort((a, b) => b.mark.radius - a.mark.radius || a.first - b.first);
  return marks.map((m) => m.mark);
}

/** What a circle's tooltip says: where, how many events of which families, how many killed. */
export function markTitle(m: EventMark): string {
  const families = EVENT_FAMILIES.filter((f) => m.byFamily[f] > 0)
    .map((f) => `${m.byFamily[f]} ${FAMILY_STYLE[f].label}`)
    .join(", ");
  const events = m.count === 1 ? "1 event" : `${m.count} events`;
  return `${m.placeName}: ${events} (${families}); ${m.killed} killed (best estimates); ${m.ids.join(", ")}${m.count > m.ids.length ? ", ..." : ""}`;
}

/** The layer as SVG: one translucent circle per position, with its tooltip. */
export function eventsSvg(marks: readonly EventMark[], window: EventWindow): string {
  const circles = marks.map((m) => {
    const { color } = FAMILY_STYLE[m.family];
    return `<circle class="event" data-place="${esc(m.place)}" data-family="${m.family}" data-count="${m.count}" data-killed="${m.killed}" cx="${m.x}" cy="${m.y}" r="${m.radius}" fill="${color}" fill-opacity="0.35" stroke="${color}" stroke-width="1.2"><title>${esc(markTitle(m))}</title></circle>`;
  });
  return `<g class="events" data-window="${esc(windowWords(window))}">${circles.join("")}</g>`;
}
