import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportAcled } from "../../engine/datasets/acled/export.js";
import { importAcled } from "../../engine/datasets/acled/import.js";
import { acledCsv, acledRow } from "./acled-rows.js";
import { assertRoundTrip, csvFiles } from "./roundtrip.js";

const ACLED_IO = {
  name: "acled",
  importer: importAcled,
  exporter: exportAcled,
  csvOf: (rows: string[][]) => acledCsv(rows),
};
const { write, load } = csvFiles(ACLED_IO);

/** ACLED's event types and sub-event types (ACLED Codebook), every one of them. */
const TYPES: readonly (readonly [string, string])[] = [
  ["Battles", "Armed clash"],
  ["Battles", "Government regains territory"],
  ["Battles", "Non-state actor overtakes territory"],
  ["Explosions/Remote violence", "Chemical weapon"],
  ["Explosions/Remote violence", "Air/drone strike"],
  ["Explosions/Remote violence", "Suicide bomb"],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Explosions/Remote violence", "Grenade"],
  ["Violence against civilians", "Sexual violence"],
  ["Violence against civilians", "Attack"],
  ["Violence against civilians", "Abduction/forced disappearance"],
  ["Protests", "Peaceful protest"],
  ["Protests", "Protest with intervention"],
  ["Protests", "Excessive force against protesters"],
  ["Riots", "Violent demonstration"],
  ["Riots", "Mob violence"],
  ["Strategic developments", "Agreement"],
  ["Strategic developments", "Arrests"],
  ["Strategic developments", "Change to group/activity"],
  ["Strategic developments", "Disrupted weapons use"],
  ["Strategic developments", "Headquarters or base established"],
  ["Strategic developments", "Looting/property destruction"],
  ["Strategic developments", "Non-violent transfer of territory"],
  ["Strategic developments", "Other"],
];
const ACTORS = ["Islamic State (Iraq)", "Military Forces of Iraq (2014-)", "Civilians (Iraq)", 'Tribe, "Albu Nimr"'];
const LOCATIONS = [
  { name: "Ramadi", lat: 33.4258, lon: 43.2992 },
  { name: "Hit", lat: 33.6417, lon: 42.8251 },
  { name: "Al Anbar", lat: 33.0, lon: 42.0 },
];
const MONTHS = ["January", "May", "December"];
const text = fc.constantFrom("", "a note, with a comma", 'a "quoted" word', "two\nlines");

/** An ACLED row as its CSV holds it: every column, in the header's names. */
const rowArb = fc
  .record({
    n: fc.integer({ min: 1, max: 999_999 }),
    type: fc.constantFrom(...TYPES),
    a1: fc.constantFrom(...ACTORS),
    a2: fc.constantFrom("", ...ACTORS),
    where: fc.constantFrom(...LOCATIONS),
    geo: fc.integer({ min: 1, max: 3 }),
    time: fc.integer({ min: 1, max: 3 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 0, max: 2 }),
    year: fc.integer({ min: 2014, max: 2020 }),
    worded: fc.boolean(),
    fatalities: fc.integer({ min: 0, max: 300 }),
    notes: text,
    tags: text,
    timestamp: fc.integer({ min: 1_500_000_000, max: 1_800_000_000 }),
  })
  .map((r) => {
    const mm = String([1, 5, 12][r.month]).padStart(2, "0");
    const dd = String(r.day).padStart(2, "0");
    return acledRow({
      event_id_cnty: `IRQ${r.n}`,
      event_date: r.worded ? `${r.day} ${MONTHS[r.month]} ${r.year}` : `${r.year}-${mm}-${dd}`,
      year: String(r.year),
      time_precision: String(r.time),
      event_type: r.type[0],
      sub_event_type: r.type[1],
      actor1: r.a1,
      actor2: r.a2,
      location: r.where.name,
      latitude: String(r.where.lat),
      longitude: String(r.where.lon),
      geo_precision: String(r.geo),
      notes: r.notes,
      tags: r.tags,
      fatalities: String(r.fatalities),
      timestamp: String(r.timestamp),
    });
  });

const rowsArb = fc.uniqueArray(rowArb, { minLength: 1, maxLength: 12, selector: (r) => r[0] });

describe("ACLED import and export", () => {
  it("import → export → import gives the same events and catalogue", async () => {
    await assertRoundTrip(ACLED_IO, rowsArb, 2015);
  });

  it("exports the rows as they came: every column of a row, the point included", async () => {
    const [rows] = fc.sample(rowsArb, { numRuns: 1, seed: 7 }) as [string[][]];
    const s = await load(write(acledCsv(rows)));
    const sorted = [...rows].sort(
      (a, b) =>
        s.events.findIndex((e) => e.source.row?.id === a[0]) - s.events.findIndex((e) => e.source.row?.id === b[0]),
    );
    expect(exportAcled(s).csv).toBe(acledCsv(sorted));
  });
});
