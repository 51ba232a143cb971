import type { ActorId, PlaceId, SideId } from "../model/ids.js";
import { suggest } from "../model/suggest.js";
import { normaliseName } from "./names.js";
import type { ActorEntry, PlaceEntry, SideEntry } from "./schema.js";

/** The places, actors and sides a scenario may refer to, with name lookup. */
export interface Catalogue {
  readonly sides: readonly SideEntry[];
  readonly places: readonly PlaceEntry[];
  readonly actors: readonly ActorEntry[];
  readonly place: (id: PlaceId) => PlaceEntry | undefined;
  readonly actor: (id: ActorId) => ActorEntry | undefined;
  readonly side: (id: SideId) => SideEntry | undefined;
  /** Finds a place by id, name or any alias, ignoring case, diacritics and punctuation. */
  readonly findPlace: (name: string) => PlaceEntry | undefined;
  /** Finds an actor by id, name or any alias. */
  readonly findActor: (name: string) => ActorEntry | undefined;
  /** Up to `n` (3 unless told) place names a misspelt one most likely meant, by name or alias (see `suggest`). */
  readonly suggestPlaces: (name: string, n?: number) => readonly string[];
}

/** A catalogue that cannot be built: duplicate ids or names, or references to nothing. */
export interface CatalogueProblem {
  readonly path: string;
  readonly message: string;
}

function lookup<T extends { id: string; name: string; aliases: readonly string[] }>(
  entries: readonly T[],
  what: string,
  problems: CatalogueProblem[],
): Map<string, T> {
  const byName = new Map<string, T>();
  for (const e of entries) {
    for (const n of [e.id, e.name, ...e.aliases]) {
      const key = normaliseName(n);
      const prior = byName.get(key);
      if (prior !== undefined && prior.id !== e.id) {
        problems.push({
          path: `${what}/${e.id}`,
          message: `the name '${n}' already names ${what} '${prior.id}': give each spelling to one entry only`,
        });
      } else byName.set(key, e);
    }
  }
  return byName;
}

/**
 * Builds a catalogue, checking that ids are unique, that every spelling names one entry,
 * and that parents and sides exist. Returns the problems instead when there are any.
 * @example
 * const r = buildCatalogue({ sides, places, actors });
 * if (r.success) r.data.findPlace("Qulib al-Thor")?.id; // "qualib-al-thor"
 */
export function buildCatalogue(input: {
  sides: readonly SideEntry[];
  places: readonly PlaceEntry[];
  actors: readonly ActorEntry[];
}):
  | { readonly success: true; readonly data: Catalogue }
  | { readonly success: false; readonly problems: readonly CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const index = <T extends { id: string }>(entries: readonly T[], what: string): Map<string, T> => {
    const m = new Map<string, T>();
    for (const e of entries) {
      if (m.has(e.id)) problems.push({ path: `${what}/${e.id}`, message: `duplicate ${what} id '${e.id}'` });
      m.set(e.id, e);
    }
    return m;
  };
  const sides = index(input.sides, "side");
  const places = index(input.places, "place");
  const actors = index(input.actors, "actor");
  for (const p of input.places) {
    if (p.parent !== undefined && !places.has(p.parent)) {
      problems.push({ path: `place/${p.id}/parent`, message: `unknown parent place '${p.parent}'` });
    }
  }
  for (const a of input.actors) {
    if (a.side !== null && !sides.has(a.side)) {
      problems.push({
        path: `actor/${a.id}/side`,
        message: `unknown side '${a.side}': expected one of ${[...sides.keys()].join(", ")}`,
      });
    }
    if (a.parent !== undefined && !actors.has(a.parent)) {
      problems.push({ path: `actor/${a.id}/parent`, message: `unknown parent actor '${a.parent}'` });
    }
  }
  const placeNames = lookup(input.places, "place", problems);
  const actorNames = lookup(input.actors, "actor", problems);
  if (problems.length > 0) return { success: false, problems };
  const placeList = Object.freeze([...input.places]);
  const catalogue: Catalogue = {
    sides: Object.freeze([...input.sides]),
    places: placeList,
    actors: Object.freeze([...input.actors]),
    place: (id) => places.get(id),
    actor: (id) => actors.get(id),
    side: (id) => sides.get(id),
    findPlace: (name) => places.get(name) ?? placeNames.get(normaliseName(name)),
    findActor: (name) => actors.get(name) ?? actorNames.get(normaliseName(name)),
    suggestPlaces: (name, n) => suggest(name, placeList, n),
  };
  return { success: true, data: Object.freeze(catalogue) };
}
