import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docImages } from "../../replay/chart/doc-images.js";
import { sitrep } from "../cli/run.js";
import { parseSvg } from "./svg.js";

describe("the example images of docs/charts.md", () => {
  it("are what npm run docs:charts makes now, each shown in docs/charts.md with its command", async () => {
    const doc = readFileSync(join("docs", "charts.md"), "utf8");
    const images = await docImages();
    expect(images.map((i) => i.file)).toEqual([
      "chart-fronts.svg",
      "chart-control.svg",
      "chart-casualties.svg",
      "simulate-chart.svg",
      "whatif-chart.svg",
    ]);
    for (const image of images) {
      const stale = `docs/images/${image.file} is out of date: run 'npm run docs:charts'`;
      expect(readFileSync(join("docs", "images", image.file), "utf8"), stale).toBe(image.svg);
      expect(doc).toContain(`(images/${image.file})`);
      expect(doc).toContain(image.command);
      expect(parseSvg(image.svg).marks("symbol").length).toBeGreaterThan(0);
    }
  });

  it("are the bytes the command itself writes", () => {
    const r = sitrep(["chart", "central-syria-2017", "fronts"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join("docs", "images", "chart-fronts.svg"), "utf8"));
  });
});
