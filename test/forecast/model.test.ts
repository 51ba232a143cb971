import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_FORECAST_MODEL, forecastModel, forecastModelInput } from "../../engine/forecast/model.js";

/** Each built-in process's parameters as the model file reads them: name → description. */
function describedParameters(): Map<string, Map<string, string | undefined>> {
  type Fields = { properties: Record<string, { description?: string }> };
  const schema = z.toJSONSchema(forecastModelInput, { io: "input" }) as unknown as {
    properties: { processes: { properties: Record<string, Fields> }; intensity: Fields };
  };
  const out = new Map<string, Map<string, string | undefined>>();
  for (const [process, p] of Object.entries({
    ...schema.properties.processes.properties,
    intensity: schema.properties.intensity,
  }))
    out.set(process, new Map(Object.entries(p.properties).map(([name, f]) => [name, f.description])));
  return out;
}

/** The rows of the parameter table in docs/forecast.md: `process.field` → the default as written. */
function documentedDefaults(): Map<string, string> {
  const text = readFileSync(join(import.meta.dirname, "../../docs/forecast.md"), "utf8");
  const table = text.slice(text.indexOf("| process | field | default | meaning |"));
  const out = new Map<string, string>();
  for (const line of table.split("\n").slice(2)) {
    if (!line.startsWith("|")) break;
    const [process, fields, defaults] = line
      .split("|")
      .slice(1, 4)
      .map((c) => c.trim()) as [string, string, string];
    const names = fields.split(",").map((f) => f.trim().replaceAll("`", ""));
    // A default is a number or a Beta prior `[a, b]`: split at the commas outside brackets.
    const values = defaults.split(/,\s*(?![^[]*\])/).map((v) => v.trim());
    expect(values, `docs/forecast.md row '${line}'`).toHaveLength(names.length);
    for (const [i, name] of names.entries()) out.set(`${process}.${name}`, values[i] as string);
  }
  return out;
}

describe("the forward model's parameters", () => {
  it("describe every parameter of every built-in process in the model file's schema", () => {
    const processes = describedParameters();
    expect([...processes.keys()]).toEqual([
      "fronts",
      "captures",
      "sieges",
      "casualties",
      "civilians",
      "unattributed",
      "intensity",
    ]);
    for (const [process, params] of processes)
      for (const [name, description] of params)
        expect(description, `${process}.${name} has no description`).toMatch(/^[A-Z].*\.$/);
  });

  it("default to the values docs/forecast.md lists, every parameter listed once", () => {
    const documented = documentedDefaults();
    const actual = new Map<string, string>();
    const sections = { ...DEFAULT_FORECAST_MODEL.processes, intensity: DEFAULT_FORECAST_MODEL.intensity };
    for (const [process, params] of Object.entries(sections))
      for (const [name, value] of Object.entries(params))
        if (name !== "enabled") actual.set(`${process}.${name}`, JSON.stringify(value).replace(",", ", "));
    expect(documented).toEqual(actual);
    expect(actual.get("casualties.windowDays")).toBe("90");
    expect(actual.get("fronts.pausePrior")).toBe("[2, 3]");
  });

  it("keep a pooled rate's three parameters in the model file's order, with the prior rate under its own name", () => {
    expect(Object.keys(DEFAULT_FORECAST_MODEL.processes.captures)).toEqual([
      "enabled",
      "windowDays",
      "priorRatePerDay",
      "priorDays",
      "reversalPrior",
      "reversalWindowDays",
    ]);
    expect(Object.keys(DEFAULT_FORECAST_MODEL.processes.casualties)).toEqual([
      "enabled",
      "windowDays",
      "priorReportsPerDay",
      "priorDays",
      "recentFigures",
      "dormantDays",
      "rateSpread",
      "severitySpread",
      "spreadBlockDays",
      "spreadPriorBlocks",
    ]);
  });

  it("fill what a model leaves out with the defaults, process by process and field by field", () => {
    const m = forecastModel({ processes: { casualties: { priorDays: 7 } } });
    expect(m.processes.casualties).toEqual({ ...DEFAULT_FORECAST_MODEL.processes.casualties, priorDays: 7 });
    expect(m.processes.fronts).toEqual(DEFAULT_FORECAST_MODEL.processes.fronts);
    expect(forecastModel({})).toEqual(DEFAULT_FORECAST_MODEL);
  });

  it("refuse a pooled rate's parameter out of range, at its field", () => {
    expect(() => forecastModel({ processes: { captures: { windowDays: 0 } } })).toThrow(
      /processes\.captures\.windowDays: Too small/,
    );
    expect(() => forecastModel({ processes: { casualties: { priorReportsPerDay: -0.5 } } })).toThrow(
      /processes\.casualties\.priorReportsPerDay: Too small/,
    );
    expect(() => forecastModel({ processes: { sieges: { enabled: "yes" } } })).toThrow(/processes\.sieges\.enabled/);
  });

  it("take the theatre's intensity beside the processes, and refuse a negative spread or an unknown field there", () => {
    expect(forecastModel({ intensity: { enabled: false } }).intensity).toEqual({
      ...DEFAULT_FORECAST_MODEL.intensity,
      enabled: false,
    });
    expect(() => forecastModel({ intensity: { rateSpread: -1 } })).toThrow(/intensity\.rateSpread: Too small/);
    expect(() => forecastModel({ processes: { casualties: { severitySpread: -0.1 } } })).toThrow(
      /processes\.casualties\.severitySpread: Too small/,
    );
    expect(() => forecastModel({ processes: { intensity: {} } })).toThrow(/unknown field 'intensity'/);
  });

  it("point a misspelt field at the model file's description", () => {
    expect(() => forecastModel({ processes: { fronts: { priorRateKmPerDays: 2 } } })).toThrow(
      /unknown field 'priorRateKmPerDays' \(check the spelling against the model file of docs\/forecast\.md\)/,
    );
  });
});
