import type { PlaceEntry } from "../../engine/catalogue/schema.js";
import { type GazetteerEntry, SOURCE_ORDER } from "./entries.js";
import { distanceKm, type LatLon, spreadKm } from "./geo.js";
import { nameKey, spellingKey, variantKey } from "./keys.js";

/** How a catalogue spelling met a gazetteer name: the same name, or a transliteration variant of it. */
export type MatchKind = "name" | "spelling" | "variant";

/** One gazetteer entry proposed for a place. */
export interface Candidate {
  readonly entry: GazetteerEntry;
  /** The place's spelling that matched. */
  readonly spelling: string;
  /** The gazetteer's spelling it matched. */
  readonly matched: string;
  readonly by: MatchKind;
  /** How far it lies from the nearest located ancestor of the place, when there is one. */
  readonly fromParentKm: number | null;
}

/** The candidates for one place, preferred first, and how far apart they lie. */
export interface Proposal {
  readonly place: PlaceEntry;
  readonly candidates: readonly Candidate[];
  /** The greatest distance between two candidates, km. */
  readonly spreadKm: number;
}

/** What the gazetteer makes of a catalogue. */
export interface GazetteerReport {
  readonly proposals: readonly Proposal[];
  /** Places with no coordinates and no candidate. */
  readonly unlocated: readonly PlaceEntry[];
  /** For each unlocated place, its nearest ancestor with coordinates: where it goes as a region, if the text says no more. */
  readonly fallback: Readonly<Record<string, string | null>>;
}

export interface ProposeOptions {
  /** ISO 3166-1 alpha-2 code of each catalogue country place id ({ syria: "SY" }). */
  readonly countryCodes: Readonly<Record<string, string>>;
  /** More ISO codes searched, with those above, for places that lie in no catalogued country ("CH" for Geneva). */
  readonly moreCountries?: readonly string[];
  /** Also propose for places that already have coordinates (to review them). */
  readonly all?: boolean;
  /** Variant skeletons shorter than this are not matched: they meet by chance. */
  readonly minVariantLength?: number;
}

function index(
  entries: readonly GazetteerEntry[],
  key: (n: string) => string,
): Map<string, [GazetteerEntry, string][]> {
  const m = new Map<string, [GazetteerEntry, string][]>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const n of e.names) {
      const k = key(n);
      if (k === "" || seen.has(k)) continue;
      seen.add(k);
      m.set(k, [...(m.get(k) ?? []), [e, n]]);
    }
  }
  return m;
}

const rank = (c: Candidate): number =>
  SOURCE_ORDER.findIndex((s) => c.entry.source.startsWith(s)) * 100 +
  ["name", "spelling", "variant"].indexOf(c.by) * 5 +
  ["exact", "near", "approximate", "region"].indexOf(c.entry.precision);

/**
 * Proposes gazetteer entries for catalogue places by name and alias: the same name once case,
 * diacritics, punctuation and articles are folded ("Al-Sukhnah" = "As Sukhnah"), or a
 * transliteration variant ("Deir ez-Zor" ~ "Dayr az Zawr"). A place is matched only against
 * entries of its own country (its ancestor of kind country), or of every listed country when
 * it has none. Candidates come GeoNames first, then UCDP GED; same names before variants.
 * @example
 * proposeCoordinates(places, entries, { countryCodes: { syria: "SY" } }).unlocated.map((p) => p.id)
 */
export function proposeCoordinates(
  places: readonly PlaceEntry[],
  entries: readonly GazetteerEntry[],
  options: ProposeOptions,
): GazetteerReport {
  const byId = new Map(places.map((p) => [p.id, p]));
  const byName = index(entries, nameKey);
  const bySpelling = index(entries, spellingKey);
  const byVariant = index(entries, variantKey);
  const minVariant = options.minVariantLength ?? 4;
  const allCountries = new Set([...Object.values(options.countryCodes), ...(options.moreCountries ?? [])]);
  const countryOf = (p: PlaceEntry): ReadonlySet<string> => {
    for (let at: PlaceEntry | undefined = p, n = 0; at !== undefined && n < 50; at = byId.get(at.parent ?? ""), n++) {
      const code = at.kind === "country" ? options.countryCodes[at.id] : undefined;
      if (code !== undefined) return new Set([code]);
    }
    return allCountries;
  };
  const locatedAncestor = (p: PlaceEntry): PlaceEntry | null => {
    for (let at = byId.get(p.parent ?? ""), n = 0; at !== undefined && n < 50; at = byId.get(at.parent ?? ""), n++)
      if (at.coordinates !== undefined) return at;
    return null;
  };
  const locatedParent = (p: PlaceEntry): LatLon | null => locatedAncestor(p)?.coordinates ?? null;
  const fallback: Record<string, string | null> = {};
  const proposals: Proposal[] = [];
  const unlocated: PlaceEntry[] = [];
  for (const place of places) {
    if (place.coordinates !== undefined && options.all !== true) continue;
    const countries = countryOf(place);
    const parent = locatedParent(place);
    const found = new Map<string, Candidate>();
    const spellings = [place.name, ...place.aliases];
    const hits: [MatchKind, string, [GazetteerEntry, string][]][] = [
      ...spellings.map((s): [MatchKind, string, [GazetteerEntry, string][]] => [
        "name",
        s,
        byName.get(nameKey(s)) ?? [],
      ]),
      ...spellings.map((s): [MatchKind, string, [GazetteerEntry, string][]] => [
        "spelling",
        s,
        bySpelling.get(spellingKey(s)) ?? [],
      ]),
      ...spellings.map((s): [MatchKind, string, [GazetteerEntry, string][]] => {
        const v = variantKey(s);
        return ["variant", s, v.length >= minVariant ? (byVariant.get(v) ?? []) : []];
      }),
    ];
    for (const [by, spelling, list] of hits)
      for (const [entry, matched] of list) {
        if (!countries.has(entry.country) || found.has(entry.source)) continue;
        const fromParentKm = parent === null ? null : distanceKm(parent, entry);
        found.set(entry.source, { entry, spelling, matched, by, fromParentKm });
      }
    const candidates = [...found.values()].sort((a, b) => rank(a) - rank(b));
    if (candidates.length > 0)
      proposals.push({ place, candidates, spreadKm: spreadKm(candidates.map((c) => c.entry)) });
    else if (place.coordinates === undefined) {
      unlocated.push(place);
      fallback[place.id] = locatedAncestor(place)?.id ?? null;
    }
  }
  return { proposals, unlocated, fallback };
}
