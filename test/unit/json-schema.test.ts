import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../engine/events/kinds.js";
import { kindDefinitionName } from "../../engine/events/schema.js";
import { scenariosDir } from "../../engine/paths.js";
import { catalogueJsonSchema, scenarioJsonSchema } from "../../engine/scenario/json-schema.js";

const schemaDir = join(scenariosDir(), "schema");
const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const scenario = ajv.compile(scenarioJsonSchema());
const catalogue = ajv.compile(catalogueJsonSchema());

type Node = { readonly [key: string]: unknown };
const isNode = (x: unknown): x is Node => typeof x === "object" && x !== null;

/** The path of every property, anywhere in `schema`, with no description of its own or of the definition it refers to. */
function undescribed(schema: Node): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) for (const [i, n] of node.entries()) walk(n, `${path}/${i}`);
    if (!isNode(node)) return;
    if (isNode(node.properties)) {
      for (const [name, prop] of Object.entries(node.properties)) {
        const ref = isNode(prop) && typeof prop.$ref === "string" ? defs[prop.$ref.replace("#/$defs/", "")] : undefined;
        if (!isNode(prop) || (prop.description === undefined && ref?.description === undefined))
          out.push(`${path}/properties/${name}`);
      }
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
  };
  walk(schema, "#");
  return out;
}

describe("the published JSON Schemas", () => {
  it("are up to date with the loader's schemas (run `npm run schema` after changing them)", () => {
    expect(read(join(schemaDir, "scenario.schema.json"))).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
    expect(read(join(schemaDir, "catalogue.schema.json"))).toEqual(JSON.parse(JSON.stringify(catalogueJsonSchema())));
  });

  it("describe every field, so an editor shows help while a file is written", () => {
    expect(undescribed(scenarioJsonSchema())).toEqual([]);
    expect(undescribed(catalogueJsonSchema())).toEqual([]);
  });

  it("the walk finds a field without a description", () => {
    const schema = { properties: { a: { type: "string" }, b: { $ref: "#/$defs/B" } }, $defs: { B: {} } };
    expect(undescribed(schema)).toEqual(["#/properties/a", "#/properties/b"]);
  });

  it("name a definition for every event kind and the shared parts, and refer to them", () => {
    const schema = scenarioJsonSchema() as { $defs: Record<string, Node> };
    const names = Object.keys(schema.$defs);
    for (const t of EVENT_TYPES) {
      const def = schema.$defs[kindDefinitionName(t)];
      expect({ kind: t, description: typeof def?.description }).toEqual({ kind: t, description: "string" });
    }
    expect(kindDefinitionName("place-captured")).toBe("PlaceCaptured");
    expect(names).toEqual(
      expect.arrayContaining(["Event", "Quantity", "Share", "Provenance", "Time", "PlaceId", "ActorId", "SideId"]),
    );
    expect(names.filter((n) => n.startsWith("__"))).toEqual([]);
    const event = schema.$defs.Event as { oneOf?: Node[]; anyOf?: Node[] };
    const refs = (event.oneOf ?? event.anyOf ?? []).map((o) => o.$ref);
    expect(refs).toEqual(EVENT_TYPES.map((t) => `#/$defs/${kindDefinitionName(t)}`));
    const captured = schema.$defs.PlaceCaptured as { properties: Record<string, Node> };
    expect(captured.properties.share?.$ref).toBe("#/$defs/Share");
    expect(captured.properties.time?.$ref).toBe("#/$defs/Time");
    expect(captured.properties.source?.$ref).toBe("#/$defs/Provenance");
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
