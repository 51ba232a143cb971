import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importAcled } from "../../engine/datasets/acled/import.js";
import type { ImportReport } from "../../engine/datasets/report.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { expectBadInput, sitrep } from "../cli/run.js";
import { acledCsv, acledRow } from "./acled-rows.js";
import { expectLineStarting } from "./report-lines.js";

const FIXTURE = join("test", "fixtures", "acled", "anbar-2015.csv");
const dir = mkdtempSync(join(tmpdir(), "sitrep-acled-"));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

let scenario: Scenario;
let report: ImportReport;

beforeAll(async () => {
  const r = await importAcled(FIXTURE);
  report = r.report;
  const loaded = parseScenario(JSON.stringify(r.scenario), FIXTURE);
  if (!loaded.success) throw new Error(`the import does not load: ${loaded.problems[0]?.message}`);
  scenario = loaded.data;
});

const event = (id: string) => scenario.events.find((e) => e.id === id);

describe("an ACLED export (the hand-written Anbar fixture), imported", () => {
  it("turns each sub-event type into its kind, and keeps the others as developments with their types", () => {
    const kinds = Object.fromEntries(
      scenario.events.filter((e) => !e.id.endsWith("-deaths")).map((e) => [e.source.row?.id, e.type]),
    );
    expect(kinds).toEqual({
      IRQ90001: "clashes", // Battles: Armed clash
      IRQ90002: "place-captured", // Non-state actor overtakes territory
      IRQ90003: "airstrike", // Air/drone strike
      IRQ90004: "artillery-bombardment", // Shelling/artillery/missile attack
      IRQ90005: "civilians-killed", // Violence against civilians: Attack
      IRQ90006: "development", // Protests: Peaceful protest
      IRQ90007: "control-reported", // Headquarters or base established
      IRQ90008: "place-captured", // Government regains territory, the army's first hold in the rows
      IRQ90009: "development", // Strategic developments: Arrests
      IRQ90010: "development", // Remote explosive/landmine/IED
    });
    expect(event("acled-irq90006")).toMatchObject({ category: "Protests: Peaceful protest" });
    expect(event("acled-irq90010")).toMatchObject({
      category: "Explosions/Remote violence: Remote explosive/landmine/IED",
      actor: "isil",
    });
    expect(report.kinds).toEqual({
      clashes: 1,
      "place-captured": 2,
      airstrike: 1,
      "artillery-bombardment": 1,
      "civilians-killed": 1,
      development: 3,
      "control-reported": 1,
      casualties: 5,
    });
  });

  it("captures the location by actor1: IS takes Ramadi in May, the army in December", () => {
    const may = event("acled-irq90002");
    const december = event("acled-irq90008");
    expect(may).toMatchObject({ type: "place-captured", actor: "isil" });
    expect(december).toMatchObject({ type: "place-captured", actor: "iraqi-army" });
    expect(may?.places).toEqual(december?.places);
  });

  it("gives fatalities as the casualties' deaths of no known side and total, or as the civilians killed", () => {
    expect(event("acled-irq90001-deaths")).toMatchObject({
      type: "casualties",
      unknown: { best: 12 },
      total: { best: 12 },
    });
    expect(event("acled-irq90005")).toMatchObject({ killed: { best: 4 }, by: "isil" });
    expect(event("acled-irq90003-deaths")).toBeUndefined(); // 0 fatalities: no casualties event
    expect(event("acled-irq90005-deaths")).toBeUndefined(); // counted by the civilians-killed event
  });

  it("sets the time from event_date and time_precision: the day, the week around it, the month", () => {
    const days = (id: string) => {
      const e = event(id);
      return [e?.time.earliest.slice(0, 10), e?.time.latest.slice(0, 10)];
    };
    expect(days("acled-irq90002")).toEqual(["2015-05-17", "2015-05-17"]); // '17 May 2015', precision 1
    expect(days("acled-irq90006")).toEqual(["2015-07-12", "2015-07-18"]); // precision 2
    expect(days("acled-irq90007")).toEqual(["2015-08-01", "2015-08-31"]); // precision 3
  });

  it("sets the place's precision from geo_precision", () => {
    const precision = (id: string) => scenario.catalogue.place(event(id)?.places[0] ?? "")?.coordinates?.precision;
    expect(precision("acled-irq90001")).toBe("exact");
    expect(precision("acled-irq90004")).toBe("near");
    expect(precision("acled-irq90007")).toBe("region");
  });

  it("cites the row with event_id_cnty and keeps its timestamp, once per row", () => {
    const clash = event("acled-irq90001");
    expect(clash?.source.row).toMatchObject({
      dataset: "acled",
      id: "IRQ90001",
      fields: { timestamp: 1700000000, sub_event_type: "Armed clash", fatalities: 12 },
    });
    expect(event("acled-irq90001-deaths")?.source.row).toEqual({ dataset: "acled", id: "IRQ90001" });
    expect(scenario.documents.find((d) => d.id === "acled")?.kind).toBe("dataset");
  });

  it("loads, and replays every event without breaking a rule", () => {
    const run = applyTolerant(scenario.initial, scenario.events);
    expect(run.skipped).toEqual([]);
    expect(run.state.applied).toBe(scenario.events.length);
  });
});

describe("sitrep import acled", () => {
  it("writes the scenario and says how many rows became which kinds", () => {
    const out = join(dir, "anbar.json");
    const r = sitrep(["import", "acled", FIXTURE, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("10 rows read; 10 imported, none unusable");
    expect(r.stdout).toContain(
      "events: 1 airstrike, 1 artillery-bombardment, 5 casualties, 1 civilians-killed, 1 clashes, 1 control-reported, 3 development, 2 place-captured",
    );
    expect(r.stderr).toContain("warning: row 7: column 'actor1': actor 'Protesters (Iraq)' is not in the mapping");
  });

  it("reports every bad row with its number, column and why, and imports the rest", () => {
    const header = acledCsv([]).trim().split(",");
    const renamed = header.map((h) => (h === "admin3" ? "admin_3" : h)); // an optional column renamed
    const csv = file(
      "bad.csv",
      acledCsv(
        [
          acledRow({ event_id_cnty: "IRQ1" }),
          acledRow({ event_id_cnty: "IRQ2", event_date: "2015/05/14" }), // row 3
          acledRow({ event_id_cnty: "IRQ3", latitude: "95.5" }), // row 4
          acledRow({ event_id_cnty: "IRQ4", longitude: "-190" }), // row 5
          acledRow({ event_id_cnty: "IRQ5" }).slice(0, 20), // row 6
          acledRow({ event_id_cnty: "IRQ6", fatalities: "many" }), // row 7
          acledRow({ event_id_cnty: "IRQ1" }), // row 8: the id again
          acledRow({ event_id_cnty: "IRQ7", time_precision: "4" }), // row 9
          acledRow({ event_id_cnty: "IRQ8" }),
        ],
        renamed,
      ),
    );
    const r = sitrep(["import", "acled", csv, "--out", join(dir, "bad.json")]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        `${csv}:row 3: column 'event_date': '2015/05/14' is not a date (expected YYYY-MM-DD or '17 May 2015')`,
        `${csv}:row 4: column 'latitude': 95.5 is out of range (-90 to 90)`,
        `${csv}:row 5: column 'longitude': -190 is out of range (-180 to 180)`,
        `${csv}:row 7: column 'fatalities': 'many' is not a whole number`,
        `${csv}:row 8: column 'event_id_cnty': event_id_cnty IRQ1 is the event_id_cnty of row 2 already`,
        `${csv}:row 9: column 'time_precision': 4 is not a precision from 1 to 3`,
      ]),
    );
    expectLineStarting(lines, `${csv}:row 6: column 'location': the row has 20 cells where the header has 31`);
    expectLineStarting(
      lines,
      `${csv}: warning: row 1: column 'admin3': missing from the header (the header has 'admin_3' instead)`,
    );
    expect(r.stdout).toMatch(/9 rows read; 2 imported, 7 unusable/);
  });

  it("says in one line, exit 2, that a UCDP GED file is not an ACLED export, and the other way round", () => {
    const ucdp = join("scenarios", "data", "ucdp-ged-iraq.csv.gz");
    expectBadInput(
      ["import", "acled", ucdp, "--out", join(dir, "u.json")],
      /ucdp-ged-iraq\.csv\.gz: not an ACLED export: its header is a UCDP GED export's \(import it with 'sitrep import ucdp'\)/,
    );
    expectBadInput(
      ["import", "ucdp", FIXTURE, "--out", join(dir, "a.json")],
      /anbar-2015\.csv: not a UCDP GED event file: its header is an ACLED export's \(import it with 'sitrep import acled'\)/,
    );
  });

  it("says in one line, exit 2, that a file with a required column missing, or not a CSV, cannot be imported", () => {
    const header = acledCsv([]).trim().split(",");
    const noDate = file(
      "no-date.csv",
      acledCsv(
        [acledRow().filter((_, i) => header[i] !== "event_date")],
        header.filter((h) => h !== "event_date"),
      ),
    );
    expectBadInput(
      ["import", "acled", noDate, "--out", join(dir, "n.json")],
      /no-date\.csv: not an ACLED export: the header lacks 'event_date'/,
    );
    const bin = join(dir, "binary.csv");
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    expectBadInput(["import", "acled", bin, "--out", join(dir, "b.json")], /binary\.csv: not a CSV file/);
  });
});
