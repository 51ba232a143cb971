import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../../engine/events/event.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { builtIn } from "../support/scenarios.js";
import { colorOf, draw } from "./draw.js";

/** The side of an event's actor. */
function sideOf(s: Scenario, actor: string): string | null {
  return s.catalogue.actors.find((a) => a.id === actor)?.side ?? null;
}

/**
 * A side's distances to an objective straight from the log: every event naming that objective
 * with a `within` distance, as "date: best km" (the date of its earliest time).
 */
function distancesInLog(s: Scenario, side: string, objective: string): string[] {
  return s.events
    .filter((e: DomainEvent) => {
      const x = e as unknown as { objective?: string; within?: { best: number }; actor?: string };
      return (
        x.objective === objective && x.within !== undefined && x.actor !== undefined && sideOf(s, x.actor) === side
      );
    })
    .map((e) => `${e.time.earliest.slice(0, 10)}: ${(e as unknown as { within: { best: number } }).within.best} km`);
}

describe("sitrep chart fronts", () => {
  const { scenario } = builtIn("central-syria-2017");

  it("plots each distance the log gives for the army's front on Deir ez-Zor, at its date", async () => {
    const { parsed } = await draw("fronts", scenario);
    const expected = distancesInLog(scenario, "syrian-government", "deir-ez-zor");
    expect(expected.length).toBeGreaterThan(3);
    const plotted = parsed
      .marks("symbol")
      .map((p) => p.label)
      .filter((l) => l.startsWith("Syrian government to Deir ez-Zor, "))
      .map((l) => l.replace("Syrian government to Deir ez-Zor, ", ""));
    expect(plotted).toEqual(expected);
  });

  it("draws the army's points and lines in its palette colour, and marks where a front ended", async () => {
    const { parsed } = await draw("fronts", scenario);
    const army = colorOf(scenario, "syrian-government");
    const points = parsed.marks("symbol");
    expect(points.length).toBeGreaterThan(0);
    expect(new Set(points.map((p) => p.fill))).toEqual(new Set([army]));
    expect(new Set(parsed.marks("line").map((l) => l.stroke))).toEqual(new Set([army]));
    const ends = parsed.marks("rule").filter((r) => r.label.includes("front ended"));
    expect(ends.map((r) => r.label)).toContain("Syrian government to Deir ez-Zor, 2017-09-05: front ended (relieved)");
    expect(ends.map((r) => r.label)).toContain("Syrian government to Sukhnah, 2017-08-05: front ended (captured)");
  });

  it("titles its axes and names each objective's panel", async () => {
    const { parsed } = await draw("fronts", scenario);
    expect(parsed.axisTitles).toContain("km to objective");
    expect(parsed.axisTitles).toContain("Date (Asia/Damascus)");
    for (const name of ["Deir ez-Zor", "Sukhnah", "Maadan", "Mayadin"]) expect(parsed.texts).toContain(name);
  });

  it("shades a distance given as a range from its low to its high", async () => {
    const example = loadScenarioFile(join("examples", "my-scenario.json"));
    const { parsed } = await draw("fronts", example);
    const ranges = parsed.marks("rule").filter((r) => r.label.includes("range"));
    expect(ranges.map((r) => r.label)).toContain("Syrian government to Deir ez-Zor, 2017-08-20: range 25–35 km");
    expect(ranges.every((r) => r.stroke === colorOf(example, "syrian-government"))).toBe(true);
    expect(parsed.marks("area").length).toBeGreaterThan(0);
  });

  it("keeps only what lies in the window", async () => {
    const from = Date.parse("2017-09-01T00:00:00+03:00");
    const to = Date.parse("2017-09-30T23:59:59+03:00");
    const { parsed } = await draw("fronts", scenario, { from, to });
    const dates = parsed.marks("symbol").map((p) => /, (\d{4}-\d{2}-\d{2}):/.exec(p.label)?.[1] ?? "none");
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d >= "2017-09-01" && d <= "2017-09-30")).toBe(true);
  });

  it("gives the same bytes for the same input", async () => {
    const a = await draw("fronts", scenario);
    const b = await draw("fronts", scenario);
    expect(a.svg).toBe(b.svg);
  });
});
