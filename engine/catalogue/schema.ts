import { z } from "zod";
import { ID_PATTERN } from "../model/ids.js";

const id = z.string().regex(ID_PATTERN, "expected a kebab-case id such as 'deir-ez-zor'");

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

export const sideInput = z.strictObject({
  id,
  name: z.string().min(1),
  description: z.string().optional(),
});

export const placeInput = z.strictObject({
  id,
  name: z.string().min(1).describe("The name used in output."),
  aliases: z.array(z.string().min(1)).default([]).describe("Every other spelling the sources use."),
  kind: z.enum(PLACE_KINDS),
  parent: id.optional().describe("Id of the region or place this lies in."),
  coordinates: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      precision: z.enum(["exact", "approximate", "centroid"]),
      source: z.string().min(1).describe("Where the coordinates come from."),
    })
    .optional(),
  note: z.string().optional(),
});

export const actorInput = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(ACTOR_KINDS),
  side: id.nullable().describe("The side the actor fights for, or null for non-combatants."),
  parent: id.optional().describe("Id of the formation this actor belongs to."),
  note: z.string().optional(),
});

/** One catalogue file: any of sides, places and actors. */
export const catalogueFileInput = z.strictObject({
  $schema: z.string().optional(),
  sides: z.array(sideInput).default([]),
  places: z.array(placeInput).default([]),
  actors: z.array(actorInput).default([]),
});

export type SideEntry = Readonly<z.output<typeof sideInput>>;
export type PlaceEntry = Readonly<z.output<typeof placeInput>>;
export type ActorEntry = Readonly<z.output<typeof actorInput>>;
export type CatalogueFile = z.output<typeof catalogueFileInput>;
