import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { scenariosDir } from "../../engine/paths.js";
import { catalogueJsonSchema, scenarioJsonSchema } from "../../engine/scenario/json-schema.js";

const schemaDir = join(scenariosDir(), "schema");
const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const scenario = ajv.compile(scenarioJsonSchema());
const catalogue = ajv.compile(catalogueJsonSchema());

describe("the published JSON Schemas", () => {
  it("are up to date with the loader's schemas (run `npm run schema` after changing them)", () => {
    expect(read(join(schemaDir, "scenario.schema.json"))).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
    expect(read(join(schemaDir, "catalogue.schema.json"))).toEqual(JSON.parse(JSON.stringify(catalogueJsonSchema())));
  });

  it("accept every built-in scenario and catalogue file", () => {
    const dir = scenariosDir();
    const scenarios = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(scenarios.length).toBeGreaterThan(0);
    for (const f of scenarios) {
      expect({ file: f, ok: scenario(read(join(dir, f))), errors: scenario.errors ?? null }).toEqual({
        file: f,
        ok: true,
        errors: null,
      });
    }
    for (const f of readdirSync(join(dir, "catalogue"))) {
      expect({ file: f, ok: catalogue(read(join(dir, "catalogue", f))) }).toEqual({ file: f, ok: true });
    }
  });

  it("refuse what the loader refuses: an unknown event type, a misspelt field, a time in no form", () => {
    const base = {
      id: "x",
      title: "x",
      timeZone: "UTC",
      span: { start: "2020-01-01", end: "2020-01-02" },
      documents: [{ id: "d", title: "d" }],
    };
    const event = {
      id: "e",
      type: "place-captured",
      place: "raqqa",
      actor: "isil",
      time: { text: "t", date: "2020-01-01" },
      source: { document: "d", quote: "q" },
    };
    expect(scenario({ ...base, events: [event] })).toBe(true);
    expect(scenario({ ...base, events: [{ ...event, type: "teleport" }] })).toBe(false);
    expect(scenario({ ...base, events: [{ ...event, plcae: "raqqa" }] })).toBe(false);
    expect(scenario({ ...base, events: [{ ...event, time: { text: "t", when: "soon" } }] })).toBe(false);
  });
});
