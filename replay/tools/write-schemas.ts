// Writes the JSON Schemas of scenario and catalogue files to scenarios/schema/ (npm run schema).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scenariosDir } from "../../engine/paths.js";
import { catalogueJsonSchema, scenarioJsonSchema } from "../../engine/scenario/json-schema.js";

const dir = join(scenariosDir(), "schema");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "scenario.schema.json"), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
writeFileSync(join(dir, "catalogue.schema.json"), `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${join(dir, "scenario.schema.json")} and catalogue.schema.json\n`);
