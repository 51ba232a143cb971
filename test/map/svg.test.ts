import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { mapBase } from "../../replay/map/base.js";
import { locatedPlaces } from "../../replay/map/located.js";
import { mapSvg } from "../../replay/map/svg.js";
import { NEUTRAL_COLOR, sideColors } from "../../replay/visual/palette.js";
import { builtIn } from "../support/scenarios.js";
import { markers, siegeRings } from "./svg-reading.js";

const ORANGE = "#D55E00"; // the Syrian government's colour in the palette
const BLACK = "#000000"; // ISIL's

function mapOn(id: string, day: string): string {
  const { scenario } = builtIn(id);
  const campaign = Campaign.of(scenario);
  const snap = campaign.at(day);
  return mapSvg(mapBase(scenario), snap.state, snap.at.ms, day);
}

const DATES: Record<string, readonly [string, string]> = {
  "central-syria-2017": ["2017-08-06", "2017-10-01"],
  "deir-ez-zor-2017-01": ["2017-01-15", "2017-01-31"],
  "anbar-2015": ["2015-05-10", "2015-05-31"],
};

describe("the map of a built-in scenario", () => {
  for (const [id, days] of Object.entries(DATES)) {
    for (const day of days) {
      it(`${id} on ${day}: one marker per located place, filled with its controller's colour`, () => {
        const { scenario } = builtIn(id);
        const located = locatedPlaces(scenario).places;
        expect(located.length).toBeGreaterThan(0);
        const seen = markers(mapOn(id, day));
        expect([...seen.keys()].sort()).toEqual(located.map((p) => p.id).sort());
        const colors = sideColors(scenario.catalogue.sides.map((s) => s.id));
        const view = Campaign.of(scenario).view(day);
        for (const p of located) {
          const controller = view.places.find((v) => v.id === p.id)?.controller ?? null;
          const marker = seen.get(p.id);
          expect(marker?.side, p.id).toBe(controller ?? "none");
          expect(marker?.fill, p.id).toBe(controller === null ? NEUTRAL_COLOR : colors.get(controller));
        }
      });
    }
  }

  it("central-syria-2017: Sukhnah is the government's the day after its capture", () => {
    expect(markers(mapOn("central-syria-2017", "2017-08-06")).get("sukhnah")?.fill).toBe(ORANGE);
    expect(markers(mapOn("central-syria-2017", "2017-07-20")).get("sukhnah")?.fill).toBe(BLACK);
  });

  it("central-syria-2017: Deir ez-Zor's siege ring is drawn on 2017-09-04 and gone on 2017-09-06, after the siege was broken on 5 September", () => {
    const before = mapOn("central-syria-2017", "2017-09-04");
    const after = mapOn("central-syria-2017", "2017-09-06");
    expect(siegeRings(before)).toContain("deir-ez-zor-city");
    expect(before).toMatch(/<circle class="siege" data-siege="deir-ez-zor-city" data-side="isil"[^>]*stroke="#000000"/);
    expect(siegeRings(after)).not.toContain("deir-ez-zor-city");
    expect(markers(after).get("deir-ez-zor")?.fill).toBe(ORANGE);
  });

  it("draws an open front as an arrow labelled with its distance, and carries title, date, scale bar and attribution", () => {
    const svg = mapOn("central-syria-2017", "2017-09-05");
    expect(svg).toMatch(/<g class="front" data-front="syrian-government@[a-z-]+"[^>]*>.*? km/);
    expect(svg).toContain("Central Syria campaign");
    expect(svg).toContain('data-date="2017-09-05"');
    expect(svg).toMatch(/<g class="scale-bar" data-km="\d+"/);
    expect(svg).toContain("Borders: Natural Earth");
    expect(svg).toContain("GeoNames");
  });

  it("labels do not overlap one another", () => {
    const svg = mapOn("central-syria-2017", "2017-09-05");
    const labels = [
      ...svg.matchAll(/<text class="label" data-label="[^"]+" x="(-?\d+)" y="(-?\d+)" text-anchor="(\w+)">([^<]*)</g),
    ];
    expect(labels.length).toBeGreaterThan(3);
    const boxes = labels.map(([, x, y, anchor, text]) => {
      const w = (text ?? "").length * 11 * 0.64;
      const x0 = anchor === "start" ? Number(x) : anchor === "end" ? Number(x) - w : Number(x) - w / 2;
      return { x0, x1: x0 + w, y0: Number(y) - 11, y1: Number(y) + 2 };
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });
});
