import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sitrep, sitrepJson } from "./run.js";

describe("the flagship scenario, central-syria-2017", () => {
  it("is built in", () => {
    expect(existsSync("scenarios/central-syria-2017.json")).toBe(true);
    const { doc } = sitrepJson<{ scenarios: { id: string }[] }>(["scenarios", "--json"]);
    expect(doc.scenarios.map((s) => s.id)).toContain("central-syria-2017");
  });

  it("state --at 2017-09-05 --json has the documented shape", () => {
    const { run, doc } = sitrepJson<{
      scenario: string;
      at: string;
      applied: number;
      places: unknown[];
      sieges: { status: string }[];
      fronts: unknown[];
    }>(["state", "central-syria-2017", "--at", "2017-09-05", "--json"]);
    expect(run.code).toBe(0);
    expect(doc.scenario).toBe("central-syria-2017");
    expect(doc.at).toBe("2017-09-05T23:59:59.999+03:00");
    expect(doc.applied).toBeGreaterThan(0);
    expect(doc.places.length).toBeGreaterThan(0);
    expect(Array.isArray(doc.sieges) && Array.isArray(doc.fronts)).toBe(true);
  });

  it("npm start's replay ends with the final state", () => {
    const r = sitrep(["play", "central-syria-2017"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Final state/);
  });
});
