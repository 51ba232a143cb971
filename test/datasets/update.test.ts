import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../engine/scenario/load.js";
import { expectBadInput, sitrep } from "../cli/run.js";
import { UCDP_NAMES, ucdpRow } from "./ucdp-rows.js";

const ACLED = join("test", "fixtures", "acled");
const dir = mkdtempSync(join(tmpdir(), "sitrep-update-"));

type Json = Record<string, unknown> & { events: Record<string, unknown>[] };
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Json;
const rowIds = (s: Json) => s.events.map((e) => (e.source as { row?: { id: string } }).row?.id ?? e.id);

/** A hand-cited event of the Anbar campaign, quoted from a text, written into an imported file. */
function addHandEvent(path: string): void {
  const s = read(path);
  s.documents = [...(s.documents as unknown[]), { id: "report", title: "A report", kind: "news article" }];
  s.events.splice(2, 0, {
    id: "hand-ramadi-falls",
    type: "clashes",
    time: { text: "on 16 May", date: "2015-05-16" },
    places: [(s.events[0] as { places: string[] }).places[0]],
    sides: ["iraqi-government", "isil"],
    source: { document: "report", quote: "Fighting raged in Ramadi." },
  });
  writeFileSync(path, JSON.stringify(s));
}

function run(args: readonly string[]) {
  const r = sitrep(args);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

describe("sitrep import --update: a re-import updates the file, never duplicates", () => {
  it("ACLED: a newer timestamp replaces the row, the same or an older one leaves it, new rows are added", () => {
    const out = join(dir, "anbar.json");
    run(["import", "acled", join(ACLED, "anbar-2015.csv"), "--out", out]);
    addHandEvent(out);
    const before = read(out);
    const r = run(["import", "acled", join(ACLED, "anbar-2015-update.csv"), "--out", out, "--update"]);
    // IRQ90001 newer (replaced), IRQ90002 the same timestamp, IRQ90003 an older one (both left), IRQ90011 new.
    expect(r.stdout).toContain(`updated: ${out}: rows: 1 added, 1 updated, 2 unchanged; 11 other events kept`);
    const after = read(out);
    const ids = rowIds(after);
    const eventIds = after.events.map((e) => e.id);
    expect(new Set(eventIds).size).toBe(eventIds.length); // no event twice
    expect(ids.filter((id) => id === "IRQ90001")).toHaveLength(2);
    expect(ids).toContain("IRQ90011");
    expect(ids).toContain("hand-ramadi-falls");
    const deaths = after.events.find((e) => e.id === "acled-irq90001-deaths");
    expect(deaths?.total).toBe(14); // the revised toll
    const strike = after.events.find((e) => e.id === "acled-irq90003");
    expect(strike).toEqual(before.events.find((e) => e.id === "acled-irq90003")); // the older version lost
    expect(after.events.length).toBe(before.events.length + 2); // IRQ90011's clash and casualties
    const loaded = parseScenario(JSON.stringify(after), out);
    expect(loaded.success).toBe(true);
  });

  it("ACLED: a new row's capture is judged against the file's earlier rows, and the merged file loads with its rules", () => {
    const out = join(dir, "held.json");
    run(["import", "acled", join(ACLED, "anbar-2015.csv"), "--out", out]);
    // IS took Ramadi on 17 May (IRQ90002); a new row has IS overtake it again on 20 May, before
    // the government regains it (IRQ90008, 28 December).
    const [header, , taken] = readFileSync(join(ACLED, "anbar-2015.csv"), "utf8").split("\n");
    const again = (taken as string).replace(/^IRQ90002,17 May 2015,/, "IRQ90021,20 May 2015,");
    expect(again.startsWith("IRQ90021,20 May 2015,")).toBe(true);
    const update = join(dir, "held-update.csv");
    writeFileSync(update, `${header}\n${again}\n`);
    const r = run(["import", "acled", update, "--out", out, "--update"]);
    expect(r.stdout).toContain("rows: 1 added, 0 updated, 0 unchanged");
    const after = read(out);
    const added = after.events.find((e) => e.id === "acled-irq90021");
    expect(added?.type).toBe("control-reported"); // IS held Ramadi already, by the file's rows
    expect(added?.note).toMatch(/earlier rows have this side holding the place already/);
    const loaded = parseScenario(JSON.stringify(after), out); // rules checked
    expect(loaded.success, loaded.success ? "" : loaded.problems[0]?.message).toBe(true);
  });

  it("ACLED: importing the same file again changes nothing", () => {
    const out = join(dir, "again.json");
    run(["import", "acled", join(ACLED, "anbar-2015.csv"), "--out", out]);
    const before = readFileSync(out, "utf8");
    const r = run(["import", "acled", join(ACLED, "anbar-2015.csv"), "--out", out, "--update"]);
    expect(r.stdout).toContain("rows: 0 added, 0 updated, 10 unchanged; 0 other events kept");
    expect(readFileSync(out, "utf8")).toBe(before);
  });

  it("UCDP GED: a row of the same id replaces the stored one when it differs; new rows are added", () => {
    const row = (id: string, best: string, day: string) =>
      ucdpRow({ id, low: best, best, high: best, date_start: day, date_end: day });
    const v1 = join(dir, "ged-1.csv");
    const v2 = join(dir, "ged-2.csv");
    writeFileSync(v1, stringify([UCDP_NAMES, row("1", "2", "2015-05-14"), row("2", "2", "2015-05-15")]));
    writeFileSync(
      v2,
      stringify([UCDP_NAMES, row("1", "5", "2015-05-14"), row("2", "2", "2015-05-15"), row("3", "2", "2015-05-13")]),
    );
    const out = join(dir, "ged.json");
    run(["import", "ucdp", v1, "--out", out]);
    const r = run(["import", "ucdp", v2, "--out", out, "--update"]);
    expect(r.stdout).toContain("rows: 1 added, 1 updated, 1 unchanged; 0 other events kept");
    const after = read(out);
    expect(after.events.map((e) => e.id)).toEqual([
      "ucdp-3",
      "ucdp-3-deaths",
      "ucdp-1",
      "ucdp-1-deaths",
      "ucdp-2",
      "ucdp-2-deaths",
    ]);
    expect(after.events.find((e) => e.id === "ucdp-1-deaths")?.total).toEqual({ low: 5, best: 5, high: 5 });
  });

  it("loses nothing stored when the update cannot be made: the file stays as it was, no temporary file left", () => {
    const out = join(dir, "kept.json");
    run(["import", "acled", join(ACLED, "anbar-2015.csv"), "--out", out]);
    const s = read(out);
    s.events[0] = { ...s.events[0], type: "no-such-kind" }; // a file that no longer loads
    const broken = `${JSON.stringify(s)}\n`;
    writeFileSync(out, broken);
    expectBadInput(
      ["import", "acled", join(ACLED, "anbar-2015-update.csv"), "--out", out, "--update"],
      /kept\.json: not a scenario file an import can update/,
    );
    expect(readFileSync(out, "utf8")).toBe(broken);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
