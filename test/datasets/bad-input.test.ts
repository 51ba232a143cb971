import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { expectBadInput, sitrep } from "../cli/run.js";
import { expectLineStarting } from "./report-lines.js";
import { UCDP_NAMES as NAMES, ucdpRow as row } from "./ucdp-rows.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-ucdp-bad-"));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("sitrep import ucdp on bad input", () => {
  it("reports each bad row with its number and column, and imports the rest", () => {
    const header = NAMES.map((n) => (n === "adm_2" ? "admin_2" : n)); // a column renamed
    const rows = [
      row({ id: "1" }),
      row({ id: "2", date_start: "17/05/2015" }), // an unparsable date: row 3
      row({ id: "3", latitude: "95.5" }), // out of range: row 4
      row({ id: "4" }).slice(0, 30), // cells missing: row 5
      row({ id: "5", low: "30", best: "18", high: "40" }), // low > best: imported, with a warning: row 6
      row({ id: "6", date_start: "2015-05-18", date_end: "2015-05-18" }),
    ];
    const csv = file("bad.csv", stringify([header, ...rows]));
    const out = join(dir, "bad.json");
    const r = sitrep(["import", "ucdp", csv, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(`${csv}:row 3: column 'date_start': '17/05/2015' is not a date (expected YYYY-MM-DD)`);
    expect(lines).toContain(`${csv}:row 4: column 'latitude': 95.5 is out of range (-90 to 90)`);
    expectLineStarting(lines, `${csv}:row 5: column 'country': the row has 30 cells where the header has 45`);
    expectLineStarting(
      lines,
      `${csv}: warning: row 1: column 'adm_2': missing from the header (the header has 'admin_2' instead)`,
    );
    expectLineStarting(lines, `${csv}: warning: row 6: column 'low': the dataset gives low/best/high 30/18/40`);
    expect(r.stdout).toMatch(/6 rows read; 3 imported, 3 unusable/);
    const written = JSON.parse(readFileSync(out, "utf8")) as {
      events: { id: string; total?: unknown; note?: string }[];
    };
    expect(written.events.map((e) => e.id)).toEqual([
      "ucdp-1",
      "ucdp-1-deaths",
      "ucdp-5",
      "ucdp-5-deaths",
      "ucdp-6",
      "ucdp-6-deaths",
    ]);
    const five = written.events.find((e) => e.id === "ucdp-5-deaths");
    expect(five?.total).toEqual({ low: 18, best: 18, high: 40 });
    expect(five?.note).toMatch(/out of order/);
  });

  it("says in one line, exit 2, that a file which is not a CSV cannot be imported", () => {
    const bin = file("binary.csv", "");
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    expectBadInput(["import", "ucdp", bin, "--out", join(dir, "x.json")], /binary\.csv: not a CSV file/);
  });

  it("says in one line, exit 2, that a JSON file is not a CSV, and that an empty file is empty", () => {
    const json = file("scenario.csv", '{"id":"x","events":[]}\n');
    expectBadInput(
      ["import", "ucdp", json, "--out", join(dir, "j.json")],
      /scenario\.csv: not a CSV file: no line of it reads as CSV \(line 1: /,
    );
    const empty = file("empty.csv", "\n\n");
    expectBadInput(["import", "ucdp", empty, "--out", join(dir, "e.json")], /empty\.csv: empty, not a CSV file/);
  });

  it("says in one line, exit 2, that a CSV of another format is not a GED export", () => {
    const acled = file(
      "acled.csv",
      "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,fatalities\nIRQ1,2015-05-17,Battles,IS,Ramadi,33.4,43.3,3\n",
    );
    expectBadInput(
      ["import", "ucdp", acled, "--out", join(dir, "y.json")],
      /acled\.csv: not a UCDP GED event file: the header lacks 'id'/,
    );
  });

  it("says in one line, exit 2, that a missing file is missing", () => {
    expectBadInput(["import", "ucdp", join(dir, "none.csv"), "--out", join(dir, "z.json")], /none\.csv: no such file/);
  });
});
