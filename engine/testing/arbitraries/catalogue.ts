import fc from "fast-check";
import { type ActorEntry, buildCatalogue, type Catalogue, type PlaceEntry, type SideEntry } from "../../index.js";

const SIDE_IDS = ["government", "isil", "sdf", "opposition", "coalition", "turkey"] as const;
const PLACE_KINDS = ["city", "town", "village", "airbase", "oil-field", "hill", "road", "region"] as const;
const ACTOR_KINDS = ["armed-forces", "army-unit", "militia", "armed-group", "air-force", "tribal-force"] as const;

/** Options of `catalogueArb`. */
export interface CatalogueArbOptions {
  /** Number of sides, at least 2 (default 2 to 6). */
  readonly sides?: { readonly min: number; readonly max: number };
  /** Number of places, at least 1 (default 1 to 12). */
  readonly places?: { readonly min: number; readonly max: number };
}

/**
 * Random but valid catalogues: 2 to 6 sides, 1 to 12 places, one to three armed actors per
 * side, and one to three people who belong to no side (`side: null`), sometimes with a parent
 * formation. Ids are kebab-case and every name is unique, so `buildCatalogue` accepts them all.
 * @example
 * fc.assert(fc.property(catalogueArb(), (c) => c.sides.length >= 2));
 */
export function catalogueArb(options: CatalogueArbOptions = {}): fc.Arbitrary<Catalogue> {
  const sides = options.sides ?? { min: 2, max: SIDE_IDS.length };
  const places = options.places ?? { min: 1, max: 12 };
  return fc
    .record({
      sides: fc.integer({ min: Math.max(2, sides.min), max: Math.min(SIDE_IDS.length, sides.max) }),
      places: fc.array(fc.record({ kind: fc.constantFrom(...PLACE_KINDS), parent: fc.boolean() }), {
        minLength: Math.max(1, places.min),
        maxLength: places.max,
      }),
      armed: fc.array(fc.array(fc.constantFrom(...ACTOR_KINDS), { minLength: 1, maxLength: 3 }), {
        minLength: SIDE_IDS.length,
        maxLength: SIDE_IDS.length,
      }),
      people: fc.integer({ min: 1, max: 3 }),
      sideFirst: fc.boolean(),
    })
    .map((r) => {
      const sideEntries: SideEntry[] = SIDE_IDS.slice(0, r.sides).map((id) => ({ id, name: `Side ${id}` }));
      const placeEntries: PlaceEntry[] = r.places.map((p, i) => ({
        id: `place-${i}`,
        name: `Place ${i}`,
        aliases: [`Place number ${i}`],
        kind: p.kind,
        ...(p.parent && i > 0 ? { parent: "place-0" } : {}),
      }));
      const armed: ActorEntry[] = sideEntries.flatMap((s, i) =>
        (r.armed[i] ?? ["militia"]).map((kind, j) => ({
          id: `${s.id}-force-${j}`,
          name: `${s.id} force ${j}`,
          aliases: [],
          kind,
          side: s.id,
          ...(j > 0 ? { parent: `${s.id}-force-0` } : {}),
        })),
      );
      const people: ActorEntry[] = Array.from({ length: r.people }, (_, k) => ({
        id: `person-${k}`,
        name: `Person ${k}`,
        aliases: [],
        kind: "person",
        side: null,
      }));
      const built = buildCatalogue({
        sides: sideEntries,
        places: placeEntries,
        actors: r.sideFirst ? [...armed, ...people] : [...people, ...armed],
      });
      if (!built.success) {
        throw new Error(`catalogueArb built an invalid catalogue: ${built.problems.map((p) => p.message).join("; ")}`);
      }
      return built.data;
    });
}
