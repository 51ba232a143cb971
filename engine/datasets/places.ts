import type { Catalogue } from "../catalogue/catalogue.js";
import type { PlaceEntry, PlaceKind } from "../catalogue/schema.js";
import { TakenNames } from "./names.js";

/** How exact a place's point is, in the catalogue's terms. */
export type CoordinatePrecision = NonNullable<PlaceEntry["coordinates"]>["precision"];

/** A location as a dataset row gives it. */
export interface Location {
  /** The dataset's name of it ("Ramādī town"). */
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: CoordinatePrecision;
  readonly kind: PlaceKind;
  /** Where the point comes from: the dataset, the name and how the dataset rates it. */
  readonly source: string;
  /** The dataset's own precision code (UCDP where_prec, ACLED geo_precision): lower is more exact. */
  readonly rank: number;
}

/** How a dataset rates its locations: its precision column, and that column's codes as precision and kind. */
export interface PrecisionScale {
  /** The dataset, for the point's source ("UCDP GED"). */
  readonly dataset: string;
  readonly column: string;
  precision(code: number): CoordinatePrecision;
  /** The kind of place a code speaks of, where the location's name does not say. */
  kind(code: number): PlaceKind;
}

/** A row's location (its name, point and precision code) as a `Location`. */
export function locationOf(
  name: string,
  point: { readonly lat: number; readonly lon: number },
  code: number,
  scale: PrecisionScale,
): Location {
  return {
    name,
    lat: point.lat,
    lon: point.lon,
    precision: scale.precision(code),
    kind: kindFromName(name, scale.kind(code)),
    source: `${scale.dataset}, '${name}' (${scale.column} ${code})`,
    rank: code,
  };
}

/** A catalogue place as an import adds it. */
export interface AddedPlace {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly kind: PlaceKind;
  readonly coordinates: {
    readonly lat: number;
    readonly lon: number;
    readonly precision: CoordinatePrecision;
    readonly source: string;
  };
}

const SAME_POINT = 1e-4; // degrees: about 10 m

/** The words a name ends with that say what kind of place it is. */
const KIND_WORDS: readonly [RegExp, PlaceKind][] = [
  [/\bcity$/i, "city"],
  [/\btown$/i, "town"],
  [/\bvillage$/i, "village"],
  [/\b(province|governorate|muhafazat)$/i, "province"],
  [/\b(district|qada)$/i, "district"],
  [/\brefinery$/i, "refinery"],
  [/\b(air ?base|airport)$/i, "airbase"],
  [/\b(base|camp)$/i, "military-base"],
  [/\b(oil ?field)$/i, "oil-field"],
  [/\bbridge$/i, "bridge"],
  [/\bcheckpoint$/i, "checkpoint"],
  [/\b(neighbou?rhood|quarter)$/i, "neighbourhood"],
];

/** The kind of place a dataset's name says ("... town" is a town), else `fallback`. */
export function kindFromName(name: string, fallback: PlaceKind): PlaceKind {
  return KIND_WORDS.find(([re]) => re.test(name.trim()))?.[1] ?? fallback;
}

/** A name without the kind word it ends with: "Ramādī town" is "Ramādī". */
function bareName(name: string): string {
  return name.replace(/\s+(city|town|village|province|governorate|district)$/i, "").trim();
}

/**
 * The catalogue places of an import: one per location (its name and point), merged across rows.
 * A location of the name and point of a place the base catalogue has (as an earlier import
 * added it), or at the exact point (within about 10 m) of one, is that place; any other becomes a new place named as the dataset names it, with
 * its bare name ("Ramādī" for "Ramādī town") as an alias where no other place has that spelling,
 * and the most exact precision any of its rows gives (the lowest code). Ids are given once every row is read, in
 * the order of the locations' names and points, so they do not depend on the rows' order: until
 * then `idOf` gives a token that `finish` replaces.
 */
export class PlaceBook {
  private readonly byKey = new Map<string, { token: string; loc: Location }>();
  private readonly taken: TakenNames;
  private readonly known: readonly PlaceEntry[];
  private ids: ReadonlyMap<string, string> | null = null;
  private readonly added: AddedPlace[] = [];
  /** Locations found among the base catalogue's places. */
  matched = 0;

  /** Places of the base catalogue by name and point, as an earlier import added them. */
  private readonly imported = new Map<string, string>();

  constructor(base: Catalogue) {
    this.taken = new TakenNames(base.places);
    this.known = base.places.filter((p) => p.coordinates?.precision === "exact");
    for (const p of base.places) {
      const c = p.coordinates;
      if (c === undefined) continue;
      const suffix = ` (${c.lat}, ${c.lon})`;
      const name = p.name.endsWith(suffix) ? p.name.slice(0, -suffix.length) : p.name;
      this.imported.set(`${name}|${c.lat}|${c.lon}`, p.id);
    }
  }

  /** A token for a location's place, replaced by its id in `finish`. */
  idOf(loc: Location): string {
    const key = `${loc.name}|${loc.lat}|${loc.lon}`;
    const seen = this.byKey.get(key);
    if (seen === undefined) {
      const token = `\u0000place:${this.byKey.size}`;
      this.byKey.set(key, { token, loc });
      return token;
    }
    if (loc.rank < seen.loc.rank) seen.loc = loc;
    return seen.token;
  }

  /** Gives every location its place id (a known place, or a new one), and returns token → id. */
  finish(): ReadonlyMap<string, string> {
    if (this.ids !== null) return this.ids;
    const ids = new Map<string, string>();
    const sorted = [...this.byKey.values()].sort(
      (a, b) => a.loc.name.localeCompare(b.loc.name) || a.loc.lat - b.loc.lat || a.loc.lon - b.loc.lon,
    );
    for (const { token, loc } of sorted) ids.set(token, this.find(loc) ?? this.add(loc));
    this.ids = ids;
    return ids;
  }

  /** The places added, in the order of their names and points (after `finish`). */
  places(): readonly AddedPlace[] {
    this.finish();
    return this.added;
  }

  private find(loc: Location): string | null {
    const again = this.imported.get(`${loc.name}|${loc.lat}|${loc.lon}`);
    if (again !== undefined) {
      this.matched += 1;
      return again;
    }
    const p = this.known.find(
      (k) =>
        k.coordinates !== undefined &&
        Math.abs(k.coordinates.lat - loc.lat) < SAME_POINT &&
        Math.abs(k.coordinates.lon - loc.lon) < SAME_POINT,
    );
    if (p === undefined) return null;
    this.matched += 1;
    return p.id;
  }

  private add(loc: Location): string {
    const name = this.taken.free(loc.name) ? loc.name : `${loc.name} (${loc.lat}, ${loc.lon})`;
    const id = this.taken.freshId(name === loc.name ? bareName(loc.name) : name);
    const bare = bareName(loc.name);
    const aliases = bare !== loc.name && this.taken.free(bare) ? [bare] : [];
    this.taken.take(id, [name, ...aliases]);
    this.added.push({
      id,
      name,
      aliases,
      kind: loc.kind,
      coordinates: { lat: loc.lat, lon: loc.lon, precision: loc.precision, source: loc.source },
    });
    return id;
  }
}
