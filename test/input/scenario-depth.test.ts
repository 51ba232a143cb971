import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaDepth } from "../../engine/input/fast-schema.js";
import { checkScenario } from "../../engine/scenario/load.js";
import { scenarioInput } from "../../engine/scenario/schema.js";

// The depth limit protects what recurses over a file. A scenario the schema accepts nests no
// deeper than the schema allows, so the loader scans the text's depth only when the schema
// refuses the file, when the limit is below what the schema allows, or before it locates a
// problem in the text.

const text = readFileSync(join("test", "cli", "fixtures", "fixture-siege.json"), "utf8");
const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const DEPTH = /JSON nested deeper than (\d+) levels/;

describe("the depth limit on a scenario file", () => {
  it("is bounded by the schema: every object of a scenario is strict", () => {
    const depth = schemaDepth(scenarioInput);
    expect(depth).not.toBeNull();
    expect(depth).toBeLessThanOrEqual(8);
  });

  it("loads a valid scenario under the default limit", () => {
    const r = checkScenario(text, "fixture-siege.json");
    expect(r.problems).toEqual([]);
    expect(r.scenario?.id).toBe("fixture-siege");
  });

  it("still refuses a valid scenario nested deeper than a limit set below the schema's depth", () => {
    const r = checkScenario(text, "fixture-siege.json", { input: { maxDepth: 3 } });
    expect(r.scenario).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(DEPTH);
    expect(r.unchecked).toEqual(["nothing else checked: the file is nested too deeply to be parsed"]);
  });

  it("refuses a file the schema does not accept and that nests past the limit, before anything recurses", () => {
    const bad = text.replace('"initial": [', `"initial": [${deep(10_000)}, `);
    const r = checkScenario(bad, "deep.json");
    expect(r.scenario).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(DEPTH)]);
  });

  it("reads a key given twice as JSON does (the last), and leaves a problem in such a text unlocated rather than recursing into it", () => {
    const twice = text.replace('"title":', `"title": ${deep(10_000)}, "title":`);
    expect(checkScenario(twice, "twice.json").scenario?.title).toMatch(/^Fixture/);
    const unknownPlace = twice.replace('"place": "fx-wadi"', '"place": "fx-nowhere"');
    const r = checkScenario(unknownPlace, "twice.json");
    expect(r.scenario).toBeNull();
    const problem = r.problems.find((p) => p.message.includes("fx-nowhere"));
    expect(problem).toBeDefined();
    expect(problem?.line).toBeNull();
    // the same problem in a text without the deep key is located
    const located = checkScenario(text.replace('"place": "fx-wadi"', '"place": "fx-nowhere"'), "x.json");
    expect(located.problems.find((p) => p.message.includes("fx-nowhere"))?.line).toBeGreaterThan(1);
  });
});
