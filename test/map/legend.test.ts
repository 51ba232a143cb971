import { describe, expect, it } from "vitest";
import { legendSvg } from "../../replay/map/legend.js";
import { MAP_FRAME } from "../../replay/map/projection.js";
import { sideColors } from "../../replay/visual/palette.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");

/** The lowest point the legend draws at: each text's baseline, each symbol's centre plus 15 (the largest sample's radius). */
function bottom(svg: string): number {
  const texts = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
  const symbols = [...svg.matchAll(/translate\([\d.]+,([\d.]+)\)/g)].map((m) => Number(m[1]) + 15);
  return Math.max(...texts, ...symbols);
}

describe("the map's legend", () => {
  const ids = Array.from({ length: 40 }, (_, i) => `side-${i}`);
  const colors = sideColors(ids);
  for (const events of [undefined, { days: 30 }] as const)
    it(`lists as many sides as fit in the frame and counts the rest${events === undefined ? "" : ", with the events section"}`, () => {
      let lastListed = Number.POSITIVE_INFINITY;
      for (let n = 1; n <= ids.length; n++) {
        const svg = legendSvg(ids.slice(0, n), scenario.catalogue, colors, MAP_FRAME, events);
        expect(bottom(svg), `${n} sides`).toBeLessThanOrEqual(MAP_FRAME.height);
        const listed = (svg.match(/data-legend-side=/g) ?? []).length;
        const more = Number(svg.match(/data-legend-more="(\d+)"/)?.[1] ?? 0);
        expect(listed + more, `${n} sides`).toBe(n);
        if (more === 0) expect(listed).toBe(n);
        else {
          expect(svg).toContain(`and ${more} more sides`);
          lastListed = Math.min(lastListed, listed);
        }
      }
      // 40 sides do not fit at the map's size: some are counted, not listed
      expect(lastListed).toBeLessThan(ids.length);
    });
});
