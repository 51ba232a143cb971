import { z } from "zod";
import { catalogueFileInput } from "../catalogue/schema.js";
import { scenarioInput } from "./schema.js";

function toSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
    reused: "inline",
  }) as Record<string, unknown>;
  return { $id: id, title, ...json };
}

/**
 * The JSON Schema of scenario files, for editors to check a file as it is written. Checks across
 * fields (time order, catalogue ids, rules) are the loader's: `sitrep validate` reports them.
 * @example
 * writeFileSync("scenario.schema.json", JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return toSchema(scenarioInput, "https://sitrep.invalid/schema/scenario.schema.json", "sitrep scenario");
}

/** The JSON Schema of catalogue files (sides, places, actors). */
export function catalogueJsonSchema(): Record<string, unknown> {
  return toSchema(catalogueFileInput, "https://sitrep.invalid/schema/catalogue.schema.json", "sitrep catalogue");
}
