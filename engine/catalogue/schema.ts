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

export const sideInput = z.strictObject({
  id,
  name: z.string().min(1).describe("The side's name, as output shows it."),
  description: z.string().optional().describe("Who the side stands for."),
});

export const placeInput = z.strictObject({
  id,
  name: z.string().min(1).describe("The name used in output."),
  aliases: z.array(z.string().min(1)).default([]).describe("Every other spelling the sources use."),
  kind: z.enum(PLACE_KINDS).describe("What kind of place it is."),
  parent: id.optional().describe("Id of the region or place this lies in."),
  coordinates: z
    .strictObject({
      lat: z.number().min(-90).max(90).describe("Latitude, decimal degrees."),
      lon: z.number().min(-180).max(180).describe("Longitude, decimal degrees."),
      precision: z.enum(["exact", "approximate", "centroid"]).describe("How exact the point is."),
      source: z.string().min(1).describe("Where the coordinates come from."),
    })
    .optional()
    .describe("Where the place is, and from what source."),
  note: z.string().optional().describe("An encoder's remark on the entry."),
});

export const actorInput = z.strictObject({
  id,
  name: z.string().min(1).describe("The name used in output."),
  aliases: z.array(z.string().min(1)).default([]).describe("Every other name the sources use."),
  kind: z.enum(ACTOR_KINDS).describe("What kind of actor it is."),
  side: id.nullable().describe("The side the actor fights for, or null for non-combatants."),
  parent: id.optional().describe("Id of the formation this actor belongs to."),
  note: z.string().optional().describe("An encoder's remark on the entry."),
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
