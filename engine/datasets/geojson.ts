import type { DomainEvent } from "../events/event.js";
import type { Scenario } from "../scenario/scenario.js";
import { pointOf } from "./geo.js";

/** A GeoJSON point feature of one event. */
export interface EventFeature {
  readonly type: "Feature";
  readonly id: string;
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  readonly properties: {
    readonly kind: string;
    readonly earliest: string;
    readonly latest: string;
    readonly precision: string;
    readonly place: string;
    readonly placeName: string;
    readonly coordinatePrecision: string;
    readonly sides: readonly string[];
    readonly killed: { readonly low: number; readonly best: number; readonly high: number | null } | null;
    readonly source: {
      readonly document: string;
      readonly quote: string | null;
      readonly attribution: string | null;
      readonly row: { readonly dataset: string; readonly id: string } | null;
    };
  };
}

/** The sides an event concerns: a clash's own, else its actors' sides. */
function sidesOf(s: Scenario, e: DomainEvent): string[] {
  if (e.type === "clashes") return [...e.sides];
  const sides = e.actors.flatMap((a) => {
    const side = s.catalogue.actor(a)?.side;
    return side === null || side === undefined ? [] : [side];
  });
  return [...new Set(sides)];
}

/** The deaths an event counts: civilians killed, a casualties total, or its sides' killed added up. */
function killedOf(e: DomainEvent): EventFeature["properties"]["killed"] {
  if (e.type === "civilians-killed") return e.killed;
  if (e.type !== "casualties") return null;
  if (e.total !== undefined) return e.total;
  const ks = e.figures.flatMap((f) => (f.killed === undefined ? [] : [f.killed]));
  if (ks.length === 0) return null;
  return {
    low: ks.reduce((a, k) => a + k.low, 0),
    best: ks.reduce((a, k) => a + k.best, 0),
    high: ks.some((k) => k.high === null) ? null : ks.reduce((a, k) => a + (k.high ?? 0), 0),
  };
}

/**
 * The scenario's events as a GeoJSON FeatureCollection: a point per event whose first located
 * place has coordinates (its own or an enclosing place's), with the event's kind, time interval,
 * sides, deaths and source (the quote, or the dataset row). Events with no located place are left
 * out and counted in `unlocated`.
 */
export function eventsGeoJson(s: Scenario): {
  geojson: { readonly type: "FeatureCollection"; readonly features: readonly EventFeature[] };
  unlocated: number;
} {
  const features: EventFeature[] = [];
  let unlocated = 0;
  for (const e of s.events) {
    const place = e.places.find((p) => pointOf(s.catalogue, p) !== null);
    const point = place === undefined ? null : pointOf(s.catalogue, place);
    if (place === undefined || point === null) {
      unlocated += 1;
      continue;
    }
    features.push({
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [point.lon, point.lat] },
      properties: {
        kind: e.type,
        earliest: e.time.earliest,
        latest: e.time.latest,
        precision: e.time.precision,
        place,
        placeName: s.catalogue.place(place)?.name ?? place,
        coordinatePrecision: point.precision,
        sides: sidesOf(s, e),
        killed: killedOf(e),
        source: {
          document: e.source.document,
          quote: e.source.quote,
          attribution: e.source.attribution,
          row: e.source.row === undefined ? null : { dataset: e.source.row.dataset, id: e.source.row.id },
        },
      },
    });
  }
  return { geojson: { type: "FeatureCollection", features }, unlocated };
}

/** The sides and deaths of an event, for the flat CSV export. */
export const eventFacts = { sidesOf, killedOf };
