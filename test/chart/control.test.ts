import { describe, expect, it } from "vitest";
import { NEUTRAL_COLOR } from "../../replay/visual/palette.js";
import { builtIn, stateOn } from "../support/scenarios.js";
import { colorOf, draw } from "./draw.js";

/** The count a series of "<side>: <n> places from <date>" points gives at the end of `date`. */
function countOn(labels: readonly string[], sideName: string, date: string): number | null {
  let count: number | null = null;
  for (const l of labels) {
    const m = /^(.*): (\d+) places from (\d{4}-\d{2}-\d{2})$/.exec(l);
    if (m !== null && m[1] === sideName && (m[3] as string) <= date) count = Number(m[2]);
  }
  return count;
}

describe("sitrep chart control", () => {
  const { scenario } = builtIn("central-syria-2017");

  it("counts the places each side holds as the replayed state at that date has them", async () => {
    const { parsed } = await draw("control", scenario);
    const labels = parsed.marks("symbol").map((p) => p.label);
    for (const date of ["2017-08-06", "2017-09-05", "2017-10-21"]) {
      const state = stateOn("central-syria-2017", date);
      const held = (side: string) => state.places.filter((p) => p.controller === side).length;
      expect(countOn(labels, "Islamic State (ISIL)", date), date).toBe(held("isil"));
      expect(countOn(labels, "Syrian government", date), date).toBe(held("syrian-government"));
      expect(countOn(labels, "no known controller", date), date).toBe(
        state.places.filter((p) => p.controller === null).length,
      );
    }
  });

  it("draws one line per side holding anything, in the side's palette colour, nobody's in the neutral colour", async () => {
    const { parsed } = await draw("control", scenario);
    const strokes = parsed.marks("line").map((l) => l.stroke);
    expect(strokes).toEqual([colorOf(scenario, "syrian-government"), colorOf(scenario, "isil"), NEUTRAL_COLOR]);
    expect(parsed.texts).toContain("Syrian government");
    expect(parsed.texts).toContain("Islamic State (ISIL)");
  });

  it("titles its axes", async () => {
    const { parsed } = await draw("control", scenario);
    expect(parsed.axisTitles).toEqual([
      "Date (Asia/Damascus)",
      `Places held (of ${scenario.initial.places.length} in the catalogue)`,
    ]);
  });
});
