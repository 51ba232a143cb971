import { describe, expect, it } from "vitest";
import { simulate } from "../../engine/sim/simulate.js";
import { chartSource } from "../../replay/chart/context.js";
import { renderSvg } from "../../replay/chart/render.js";
import { fanRows } from "../../replay/chart/simulation-data.js";
import { fanSpec } from "../../replay/chart/simulation-spec.js";
import { type BranchControlRow, branchControlRows, differenceRows } from "../../replay/chart/whatif-data.js";
import { branchSpec } from "../../replay/chart/whatif-spec.js";
import { namesOf } from "../../replay/render/names.js";
import { builtIn } from "../support/scenarios.js";
import { colorOf } from "./draw.js";
import { parseSvg } from "./svg.js";

const row = (history: "base" | "branch", t: number, count: number): BranchControlRow => ({
  history,
  side: "isil",
  sideName: "Islamic State (ISIL)",
  t,
  date: `2017-08-0${t}`,
  count,
  changed: true,
  label: "",
});

describe("the branch-against-base chart's difference", () => {
  it("is the branch's count less the base's, at every instant either changes", () => {
    const rows = [
      row("base", 1, 10),
      row("base", 3, 9),
      row("branch", 1, 10),
      row("branch", 2, 12),
      row("branch", 4, 9),
    ];
    expect(differenceRows(rows).map((r) => [r.t, r.difference])).toEqual([
      [1, 0],
      [2, 2],
      [3, 3],
      [4, 0],
    ]);
  });
});

describe("simulate --chart and whatif --chart, drawn in this process", () => {
  const { scenario } = builtIn("central-syria-2017");

  it("a simulation's fans hold what varies across runs, within the range the source gives", async () => {
    const at = ["2017-08-01", "2017-09-03"];
    const d = await simulate(scenario, { runs: 40, seed: "chart-test", at, workers: 0 });
    const names = namesOf(scenario.catalogue);
    const fans = fanRows(d, { names, zone: scenario.timeZone, claimant: (c) => c });
    // Only the captives "reportedly" killed (1 to 28 in the text) are drawn anew each run.
    expect([...new Set(fans.rows.map((r) => r.outcome))]).toEqual(["killed, reportedly"]);
    expect(fans.steady).toBeGreaterThan(0);
    for (const r of fans.rows) {
      expect(r.p5).toBeGreaterThanOrEqual(1);
      expect(r.p95).toBeLessThanOrEqual(28);
      expect(r.p5).toBeLessThan(r.p95);
    }
    const warnings: string[] = [];
    const svg = await renderSvg(
      fanSpec(fans.rows, {
        target: scenario.id,
        runs: d.runs,
        seed: d.seed,
        steady: fans.steady,
        sides: scenario.initial.refs.sides,
        zone: scenario.timeZone,
      }),
      (w) => warnings.push(w),
    );
    expect(warnings).toEqual([]);
    const parsed = parseSvg(svg);
    expect(parsed.marks("area").map((a) => a.fill)).toEqual(Array(2).fill(colorOf(scenario, "syrian-government")));
    expect(parsed.marks("symbol")).toHaveLength(at.length);
  });

  it("a branch with the log unchanged differs from its base nowhere", async () => {
    const base = chartSource(scenario);
    const rows = branchControlRows(base, base);
    const diff = differenceRows(rows);
    expect(diff.every((r) => r.difference === 0)).toBe(true);
    const warnings: string[] = [];
    const svg = await renderSvg(branchSpec(base, rows, diff, "same"), (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    expect(parseSvg(svg).axisTitles).toContain("Branch less base");
  });
});
