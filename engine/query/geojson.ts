import type { Catalogue } from "../catalogue/catalogue.js";
import type { Coordinates, PlaceEntry } from "../catalogue/schema.js";
import type { DomainEvent } from "../events/event.js";
import type { PlaceId, SideId } from "../model/ids.js";
import { applySegment } from "../reducer/reduce.js";
import type { PlaceState, State } from "../state/types.js";
import { type PlaceView, viewPlace } from "./view.js";

// GeoJSON (RFC 7946) of places and who controls them: positions are [longitude, latitude].

/** A GeoJSON point: `coordinates` is [lon, lat], in that order (RFC 7946 §3.1.1). */
export interface PointGeometry {
  readonly type: "Point";
  readonly coordinates: readonly [lon: number, lat: number];
}

/**
 * What every place feature says about its control, and how sure its position is: the place as
 * `PlaceView` gives it, without its aliases, with the side of its fire control only.
 */
export interface PlaceControlProperties extends Omit<PlaceView, "aliases" | "uncertain" | "fireControl"> {
  /** The side holding the place under fire control, if any. */
  readonly fireControl: SideId | null;
  /** How sure the position is: exact, near, approximate or region (see the catalogue's `coordinates`). */
  readonly precision: Coordinates["precision"];
  /** Where the position comes from. */
  readonly source: string;
}

/** A place at one moment. */
export interface MomentProperties extends PlaceControlProperties {
  /** The event that set the control may not have happened yet at this moment. */
  readonly uncertain: boolean;
}

/** A place over one period of unchanged control, from `validFrom` (included) to `validTo` (excluded). */
export interface PeriodProperties extends PlaceControlProperties {
  readonly validFrom: string;
  readonly validTo: string;
  /** The moment the control's event is sure to have happened (its latest time), when that is after `validFrom`. */
  readonly uncertainUntil: string | null;
}

export interface PlaceFeature<P> {
  readonly type: "Feature";
  readonly id: string;
  readonly geometry: PointGeometry;
  /** A region's bounding box [west, south, east, north], where the catalogue gives one. */
  readonly bbox?: readonly [number, number, number, number];
  readonly properties: P;
}

/** A FeatureCollection with sitrep's foreign members (RFC 7946 §6.1): which scenario, when, and what was left out. */
export interface PlacesCollection<P> {
  readonly type: "FeatureCollection";
  readonly scenario: string;
  /** The moment (one state) or the span (periods) the features describe. */
  readonly at?: string;
  readonly span?: { readonly start: string; readonly end: string };
  /** Places of the state without coordinates, which have no feature. */
  readonly unlocated: readonly PlaceId[];
  readonly features: readonly PlaceFeature<P>[];
}

/** A place's feature properties from its view: `uncertain` only where a moment asks for it. */
function controlProperties(view: PlaceView, c: Coordinates): PlaceControlProperties {
  const { aliases: _aliases, uncertain: _uncertain, fireControl, ...control } = view;
  return { ...control, fireControl: fireControl?.side ?? null, precision: c.precision, source: c.source };
}

function feature<P>(id: string, c: Coordinates, properties: P): PlaceFeature<P> {
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [c.lon, c.lat] },
    ...(c.bbox === undefined ? {} : { bbox: c.bbox }),
    properties,
  };
}

/** Each place of the state with its catalogue entry and coordinates, or its id when it has none. */
function located(state: State, catalogue: Catalogue) {
  const out: { p: PlaceState; entry: PlaceEntry; c: Coordinates }[] = [];
  const unlocated: PlaceId[] = [];
  for (const p of state.places) {
    const entry = catalogue.place(p.id);
    if (entry?.coordinates === undefined) unlocated.push(p.id);
    else out.push({ p, entry, c: entry.coordinates });
  }
  return { out, unlocated };
}

/**
 * The located places of a state at one moment as a GeoJSON FeatureCollection: one Point feature
 * per place, with its control and how sure its position is. Places without coordinates are
 * listed in `unlocated` instead.
 * @example
 * const snap = campaign.at("2017-09-05");
 * placesAt(snap.state, snap.catalogue, { scenario: "central-syria-2017", at: snap.at.iso, atMs: snap.at.ms });
 */
export function placesAt(
  state: State,
  catalogue: Catalogue,
  moment: { readonly scenario: string; readonly at: string; readonly atMs: number },
): PlacesCollection<MomentProperties> {
  const { out, unlocated } = located(state, catalogue);
  return {
    type: "FeatureCollection",
    scenario: moment.scenario,
    at: moment.at,
    unlocated,
    features: out.map(({ p, entry, c }) => {
      const view = viewPlace(p, entry, moment.atMs);
      return feature(p.id, c, { ...controlProperties(view, c), uncertain: view.uncertain });
    }),
  };
}

/** The state from a moment on, until the next frame's moment. */
export interface Frame {
  readonly from: string;
  readonly state: State;
}

/**
 * The frames of a whole log: the initial state from `start`, then the state after each event from
 * that event's earliest time (events sharing an earliest time make one frame, after the last of them).
 */
export function logFrames(initial: State, events: readonly DomainEvent[], start: string): Frame[] {
  const frames: Frame[] = [{ from: start, state: initial }];
  let state = initial;
  for (const [i, e] of events.entries()) {
    state = applySegment(state, events, i, i + 1);
    const next = events[i + 1];
    if (next !== undefined && Date.parse(next.time.earliest) === Date.parse(e.time.earliest)) continue;
    frames.push({ from: e.time.earliest, state });
  }
  return frames;
}

const controlKey = (p: PlaceState): string =>
  JSON.stringify([
    p.controller,
    p.basis,
    p.inferredFrom,
    p.holder,
    p.shares,
    p.contested,
    p.since,
    p.byEvent,
    p.fireControl?.side ?? null,
  ]);

/**
 * The located places over a whole span as a GeoJSON FeatureCollection: one feature per place per
 * period of unchanged control, each with `validFrom` and `validTo`. `frames` are the states in
 * time order, each holding from its `from` to the next frame's (the last one to `span.end`).
 * Periods come place by place in catalogue order, then in time order.
 */
export function placesOverSpan(
  frames: readonly Frame[],
  catalogue: Catalogue,
  meta: { readonly scenario: string; readonly span: { readonly start: string; readonly end: string } },
): PlacesCollection<PeriodProperties> {
  const first = frames[0];
  if (first === undefined)
    return { type: "FeatureCollection", scenario: meta.scenario, span: meta.span, unlocated: [], features: [] };
  const { out, unlocated } = located(first.state, catalogue);
  const features: PlaceFeature<PeriodProperties>[] = [];
  for (const { p: p0, entry, c } of out) {
    const index = first.state.refs.placeIndex[p0.id] as number;
    let open: { p: PlaceState; from: string; key: string } | null = null;
    let n = 0;
    const close = (to: string) => {
      if (open === null || Date.parse(to) <= Date.parse(open.from)) return;
      const certainFrom = open.p.certainFrom;
      features.push(
        feature(`${open.p.id}#${n++}`, c, {
          ...controlProperties(viewPlace(open.p, entry, Date.parse(open.from)), c),
          validFrom: open.from,
          validTo: to,
          uncertainUntil: certainFrom !== null && Date.parse(certainFrom) > Date.parse(open.from) ? certainFrom : null,
        }),
      );
    };
    for (const f of frames) {
      const p = f.state.places[index] as PlaceState;
      const key = controlKey(p);
      if (open !== null && open.key === key) continue;
      if (open !== null && Date.parse(f.from) <= Date.parse(open.from)) open = { p, from: open.from, key };
      else {
        close(f.from);
        open = { p, from: f.from, key };
      }
    }
    close(meta.span.end);
  }
  return { type: "FeatureCollection", scenario: meta.scenario, span: meta.span, unlocated, features };
}
