import { describe, expect, it } from "vitest";
import { builtIn } from "../support/scenarios.js";
import { colorOf, draw } from "./draw.js";

interface Figures {
  readonly actor: string;
  readonly killed?: { readonly best: number };
}

describe("sitrep chart casualties", () => {
  const { scenario } = builtIn("central-syria-2017");
  const sideOf = (actor: string) => scenario.catalogue.actors.find((a) => a.id === actor)?.side ?? null;

  it("plots ISIL's killed as SOHR counts them: its reports added up, at each report's date", async () => {
    let total = 0;
    const expected: string[] = [];
    for (const e of scenario.events) {
      if (e.type !== "casualties" || e.source.attribution !== "SOHR") continue;
      const figures = (e as unknown as { figures: readonly Figures[] }).figures;
      const killed = figures.filter((f) => sideOf(f.actor) === "isil").reduce((n, f) => n + (f.killed?.best ?? 0), 0);
      if (killed === 0) continue;
      total += killed;
      expected.push(`${e.time.earliest.slice(0, 10)}: ${total}`);
    }
    expect(expected.length).toBeGreaterThan(1);
    const { parsed } = await draw("casualties", scenario);
    const prefix = "Islamic State (ISIL) killed according to SOHR, ";
    const plotted = parsed
      .marks("symbol")
      .map((p) => p.label)
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length));
    expect(plotted).toEqual(expected);
  });

  it("keeps sources apart, one panel each, with one series per side in its palette colour", async () => {
    const { parsed } = await draw("casualties", scenario);
    for (const source of ["according to SOHR", "according to Syrian Army", 'according to "Central Syria campaign"'])
      expect(parsed.texts).toContain(source);
    const army = colorOf(scenario, "syrian-government");
    const isil = colorOf(scenario, "isil");
    const lines = parsed.marks("line");
    expect(new Set(lines.map((l) => l.stroke))).toEqual(new Set([army, isil]));
    for (const l of lines) expect(l.label).toMatch(l.stroke === army ? /Syrian government/ : /Islamic State/);
  });

  it("shades a figure given as a range", async () => {
    const { parsed } = await draw("casualties", scenario);
    const bands = parsed.marks("area");
    expect(bands.length).toBeGreaterThan(0);
    const points = parsed.marks("symbol").map((p) => p.label);
    expect(points).toContain('Syrian government wounded according to "Central Syria campaign", 2017-07-16: 14 (0–28)');
    expect(parsed.axisTitles).toContain("Cumulative count");
  });
});
