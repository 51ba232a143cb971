import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventsGeoJson } from "../../engine/datasets/geojson.js";
import { UCDP_COLUMNS } from "../../engine/datasets/ucdp/columns.js";
import { exportUcdp } from "../../engine/datasets/ucdp/export.js";
import { importUcdp } from "../../engine/datasets/ucdp/import.js";
import { assertRoundTrip, csvFiles } from "./roundtrip.js";

const ACTORS = ["Government of Iraq", "IS", "PKK", "Government of Turkey", 'al-Mahdi Army, "JAM"'];
const LOCATIONS = [
  { name: "Ramādī town", lat: 33.42056, lon: 43.307779 },
  { name: "Al Fallūjah town", lat: 33.355813, lon: 43.786124 },
  { name: "Al Anbār province", lat: 33.0, lon: 42.0 },
];
const day = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2010, 0, 1 + d)).toISOString().slice(0, 10));
const text = fc.constantFrom("", "Agence France Presse", "a headline, with a comma", 'a "quoted" word', "two\nlines");

/** A UCDP GED row as its CSV holds it: every column, in the header's names. */
const rowArb = fc
  .record({
    id: fc.integer({ min: 1, max: 9_999_999 }),
    type: fc.constantFrom(1, 2, 3),
    a: fc.constantFrom(...ACTORS),
    b: fc.constantFrom(...ACTORS),
    where: fc.constantFrom(...LOCATIONS),
    wherePrec: fc.integer({ min: 1, max: 7 }),
    start: day,
    days: fc.integer({ min: 0, max: 40 }),
    datePrec: fc.integer({ min: 1, max: 5 }),
    deaths: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 7, maxLength: 7 }),
    headline: text,
    office: text,
    clarity: fc.constantFrom("1", "2", ""),
    sources: fc.constantFrom("-1", "1", "3"),
    prio: fc.option(fc.integer({ min: 1, max: 259_200 }), { nil: null }),
  })
  .filter((r) => r.type === 3 || r.a !== r.b)
  .map((r) => {
    const end = new Date(Date.parse(r.start) + r.days * 86_400_000).toISOString().slice(0, 10);
    const [da, db, dc, du, low, best, high] = r.deaths as [number, number, number, number, number, number, number];
    const cells: Record<string, string | number> = {
      id: r.id,
      year: Number(r.start.slice(0, 4)),
      active_year: 1,
      type_of_violence: r.type,
      conflict_new_id: 259,
      conflict_name: "Iraq: Government",
      dyad_new_id: 524,
      dyad_name: `${r.a} - ${r.b}`,
      side_a: r.a,
      side_b: r.type === 3 ? "Civilians" : r.b,
      number_of_sources: r.sources,
      source_headline: r.headline,
      source_office: r.office,
      where_prec: r.wherePrec,
      where_coordinates: r.where.name,
      adm_1: "Al Anbār province",
      latitude: r.where.lat,
      longitude: r.where.lon,
      geom_wkt: `POINT (${r.where.lon} ${r.where.lat})`,
      priogrid_gid: r.prio ?? "",
      country: "Iraq",
      country_id: 645,
      iso3: "IRQ",
      region: "Middle East",
      event_clarity: r.clarity,
      date_prec: r.datePrec,
      date_start: r.start,
      date_end: end,
      deaths_a: da,
      deaths_b: db,
      deaths_civilians: dc,
      deaths_unknown: du,
      low,
      best,
      high,
    };
    return UCDP_COLUMNS.map((c) => String(cells[c.name] ?? ""));
  });

const rowsArb = fc.uniqueArray(rowArb, { minLength: 1, maxLength: 12, selector: (r) => r[0] });

const csvOf = (rows: string[][]) => stringify(rows, { header: true, columns: UCDP_COLUMNS.map((c) => c.name) });
const UCDP_IO = { name: "ucdp", importer: importUcdp, exporter: exportUcdp, csvOf };
const { write, load } = csvFiles(UCDP_IO);

describe("UCDP GED import and export", () => {
  it("import → export → import gives the same events and catalogue", async () => {
    await assertRoundTrip(UCDP_IO, rowsArb, 1127);
  });

  it("exports the rows as they came: every column of a row, dates and point included", async () => {
    const [row] = fc.sample(rowArb, { numRuns: 1, seed: 5 }) as [string[]];
    const exported = exportUcdp(await load(write(csvOf([row]))));
    expect(exported.csv).toBe(csvOf([row]));
  });

  it("gives GeoJSON a point per located event, with kind, interval, sides, deaths and the row cited", async () => {
    const [rows] = fc.sample(rowsArb, { numRuns: 1, seed: 9 }) as [string[][]];
    const s = await load(write(csvOf(rows)));
    const { geojson, unlocated } = eventsGeoJson(s);
    expect(unlocated).toBe(0);
    expect(geojson.features).toHaveLength(s.events.length);
    for (const f of geojson.features) {
      const e = s.events.find((x) => x.id === f.id);
      const row = rows.find((r) => `ucdp-${r[0]}` === f.id || `ucdp-${r[0]}-deaths` === f.id) as string[];
      const col = (name: string) => row[UCDP_COLUMNS.findIndex((c) => c.name === name)];
      // The row's point, or the catalogue place it was matched to (the same place, to within metres).
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeCloseTo(Number(col("longitude")), 4);
      expect(lat).toBeCloseTo(Number(col("latitude")), 4);
      expect(f.properties).toMatchObject({ kind: e?.type, earliest: e?.time.earliest, latest: e?.time.latest });
      expect(f.properties.source.row).toEqual({ dataset: "ucdp-ged", id: col("id") });
      if (e?.type === "clashes") expect(f.properties.sides).toEqual(e.sides);
      if (e?.type !== "clashes") expect(f.properties.killed?.best).toBe(Number(col("best")));
    }
  });
});
