import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { crosscheck, parseWithin } from "../../engine/datasets/crosscheck.js";
import { UCDP_COLUMNS } from "../../engine/datasets/ucdp/columns.js";
import { importUcdp } from "../../engine/datasets/ucdp/import.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-crosscheck-"));

function loaded(json: unknown, name: string): Scenario {
  const r = parseScenario(JSON.stringify(json), name);
  if (!r.success) throw new Error(`${name}: ${r.problems[0]?.message}`);
  return r.data;
}

/** Two GED rows at Ramadi's point: fighting on 14–17 May 2015 (253/277/527), and civilians killed on 20 May (10). */
async function dataset(): Promise<Scenario> {
  const base: Record<string, string> = {
    year: "2015",
    side_a: "Government of Iraq",
    side_b: "IS",
    where_prec: "1",
    where_coordinates: "Ramādī town",
    latitude: "33.42056",
    longitude: "43.307779",
    deaths_a: "0",
    deaths_b: "27",
    deaths_civilians: "0",
    deaths_unknown: "250",
  };
  const rows = [
    {
      ...base,
      id: "197065",
      type_of_violence: "1",
      date_prec: "2",
      date_start: "2015-05-14",
      date_end: "2015-05-17",
      low: "253",
      best: "277",
      high: "527",
    },
    {
      ...base,
      id: "9",
      type_of_violence: "3",
      side_b: "Civilians",
      date_prec: "1",
      date_start: "2015-05-20",
      date_end: "2015-05-20",
      low: "10",
      best: "10",
      high: "10",
    },
  ].map((r: Record<string, string>) => UCDP_COLUMNS.map((c) => r[c.name] ?? ""));
  const path = join(dir, "rows.csv");
  writeFileSync(path, stringify(rows, { header: true, columns: UCDP_COLUMNS.map((c) => c.name) }));
  return loaded((await importUcdp(path)).scenario, path);
}

/** A text's scenario: a casualty figure at Ramadi on 16 May, civilians killed there on 25 May, an event with no located place. */
function hand(killed: number): Scenario {
  const source = (quote: string) => ({ document: "doc", quote });
  return loaded(
    {
      id: "hand",
      title: "hand",
      timeZone: "Asia/Baghdad",
      span: { start: "2015-05-01", end: "2015-05-31" },
      documents: [{ id: "doc", title: "an article" }],
      events: [
        {
          id: "h-losses",
          type: "casualties",
          time: { text: "on 16 May", date: "2015-05-16" },
          source: source(`${killed} militants were killed in Ramadi`),
          places: ["ramadi"],
          figures: [{ actor: "isil", killed }],
        },
        {
          id: "h-civilians",
          type: "civilians-killed",
          time: { text: "on 25 May", date: "2015-05-25" },
          source: source("12 civilians were killed in Ramadi"),
          killed: 12,
          place: "ramadi",
        },
        {
          id: "h-nowhere",
          type: "civilians-killed",
          time: { text: "on 25 May", date: "2015-05-25" },
          source: source("5 civilians were killed somewhere on the Euphrates"),
          killed: 5,
          place: "euphrates",
        },
      ],
    },
    "hand.json",
  );
}

describe("crosscheck", () => {
  it("reads --within as days and km, in either order", () => {
    expect(parseWithin("3d,10km")).toEqual({ days: 3, km: 10 });
    expect(parseWithin("25km, 0d")).toEqual({ days: 0, km: 25 });
    expect(parseWithin("2d")).toEqual({ days: 2, km: 10 });
    expect(parseWithin("3 days")).toBeNull();
  });

  it("sets a figure inside, below or above the matching rows' low–high range", async () => {
    const data = await dataset();
    const verdict = (killed: number) =>
      crosscheck(hand(killed), data).find((e) => e.event === "h-losses")?.figure?.verdict;
    expect(verdict(300)).toBe("inside");
    expect(verdict(200)).toBe("below");
    expect(verdict(600)).toBe("above");
    const losses = crosscheck(hand(300), data).find((e) => e.event === "h-losses");
    expect(losses?.matches.map((m) => m.row)).toEqual(["197065"]);
    expect(losses?.figure?.dataset).toEqual({ low: 253, high: 527 });
  });

  it("matches civilians killed with one-sided rows only, and only within the days of slack", async () => {
    const data = await dataset();
    const civilians = (days: number) =>
      crosscheck(hand(300), data, { days, km: 10 }).find((e) => e.event === "h-civilians");
    expect(civilians(3)?.matches).toEqual([]); // 20 May is 5 days before 25 May
    expect(civilians(3)?.figure?.verdict).toBe("no rows");
    expect(civilians(5)?.matches.map((m) => m.row)).toEqual(["9"]);
    expect(civilians(5)?.figure).toMatchObject({ dataset: { low: 10, high: 10 }, verdict: "above" });
  });

  it("lists an event with no place that has coordinates as not located", async () => {
    const nowhere = crosscheck(hand(300), await dataset()).find((e) => e.event === "h-nowhere");
    expect(nowhere).toMatchObject({ located: false, matches: [], figure: null });
  });
});
