import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { crosscheck } from "../../engine/datasets/crosscheck.js";
import type { ImportReport } from "../../engine/datasets/report.js";
import type { ImportedScenario } from "../../engine/datasets/scenario-file.js";
import { importUcdp } from "../../engine/datasets/ucdp/import.js";
import type { EventOf } from "../../engine/events/event.js";
import { backtest } from "../../engine/forecast/backtest.js";
import { forecast, forecastRun } from "../../engine/forecast/forecast.js";
import type { CasualtiesFit } from "../../engine/forecast/processes/casualties.js";
import type { CiviliansFit } from "../../engine/forecast/processes/civilians.js";
import type { UnattributedFit } from "../../engine/forecast/processes/unattributed.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { loadScenario } from "../../engine/scenario/builtin.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { Ledger } from "../../engine/state/ledger.js";
import { mapBase } from "../../replay/map/base.js";
import { eventMarks, mapEvents } from "../../replay/map/events.js";
import { mapSvg } from "../../replay/map/svg.js";

const FILE = join("scenarios", "data", "ucdp-ged-iraq.csv.gz");
const BIN = join(process.cwd(), "dist", "replay", "cli", "main.js");

/** The CSV read here on its own (csv-parse's whole-text reader, not the importer's stream): every data row. */
type Row = Record<string, string> &
  Record<"id" | "date_start" | "date_end" | "type_of_violence" | "side_a" | "side_b" | "where_coordinates", string>;
const rows = (parse(gunzipSync(readFileSync(FILE)), { columns: true }) as Row[]).slice(1);
const n = (r: Row, k: string) => Number(r[k]);

let imported: ImportedScenario;
let report: ImportReport;
let scenario: Scenario;
let path: string;

beforeAll(async () => {
  ({ scenario: imported, report } = await importUcdp(FILE));
  path = join(mkdtempSync(join(tmpdir(), "sitrep-ucdp-")), "iraq.json");
  const text = JSON.stringify(imported);
  writeFileSync(path, text);
  const loaded = parseScenario(text, path);
  if (!loaded.success) throw new Error(`the import does not load: ${loaded.problems[0]?.message}`);
  scenario = loaded.data;
}, 240_000);

const casualtiesOf = (s: Scenario) => s.events.filter((e): e is EventOf<"casualties"> => e.type === "casualties");
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("the UCDP GED Iraq file, imported whole", () => {
  it("imports every one of its 7,473 rows, skipping the HXL row, with no unusable row", () => {
    expect(rows).toHaveLength(7473);
    expect(report).toMatchObject({ rows: 7473, imported: 7473, hxlSkipped: true, problems: [] });
    const oneSided = rows.filter((r) => r.type_of_violence === "3").length;
    expect(report.kinds).toEqual({
      clashes: 7473 - oneSided,
      casualties: 7473 - oneSided,
      "civilians-killed": oneSided,
    });
  });

  it("keeps the rows whose low/best/high are out of order, each with a warning and its own values", () => {
    const disordered = rows.filter((r) => !(n(r, "low") <= n(r, "best") && n(r, "best") <= n(r, "high")));
    expect(disordered.length).toBeGreaterThan(0);
    const warned = new Set(report.warnings.filter((w) => w.column === "low").map((w) => w.row));
    expect(warned.size).toBe(disordered.length);
    const first = disordered[0] as Row;
    const e = scenario.events.find((x) => x.source.row?.id === first.id);
    expect(e?.source.row?.fields).toMatchObject({
      low: n(first, "low"),
      best: n(first, "best"),
      high: n(first, "high"),
    });
    expect(e?.note).toMatch(/out of order/);
  });

  it("loads, and replays every event without breaking a rule", () => {
    expect(scenario.events).toHaveLength((report.kinds.clashes ?? 0) * 2 + (report.kinds["civilians-killed"] ?? 0));
    const run = applyTolerant(scenario.initial, scenario.events);
    expect(run.skipped).toEqual([]);
    expect(run.state.applied).toBe(scenario.events.length);
  });

  it("gives the deaths of Government of Iraq against IS per year as the CSV adds them up", () => {
    const fromCsv = new Map<number, number>();
    for (const r of rows)
      if (r.side_a === "Government of Iraq" && r.side_b === "IS" && r.type_of_violence === "1")
        fromCsv.set(n(r, "year"), (fromCsv.get(n(r, "year")) ?? 0) + n(r, "best"));
    const fromEvents = new Map<number, number>();
    for (const e of casualtiesOf(scenario)) {
      const actors = e.figures.map((f) => f.actor).join(",");
      if (actors !== "iraqi-government,isil") continue;
      const year = Number(e.time.earliest.slice(0, 4));
      fromEvents.set(year, (fromEvents.get(year) ?? 0) + (e.total?.best ?? 0));
    }
    expect(fromCsv.size).toBeGreaterThan(5);
    expect([...fromEvents].sort()).toEqual([...fromCsv].sort());
  });

  it("counts the events of each province as the CSV does", () => {
    const fromCsv = new Map<string, number>();
    for (const r of rows) fromCsv.set(r.adm_1 ?? "", (fromCsv.get(r.adm_1 ?? "") ?? 0) + 1);
    const fromEvents = new Map<string, number>();
    for (const e of scenario.events) {
      if (e.type === "casualties") continue; // a row's second event
      const adm1 = String(e.source.row?.fields?.adm_1 ?? "");
      fromEvents.set(adm1, (fromEvents.get(adm1) ?? 0) + 1);
    }
    expect(new Map([...fromEvents].sort())).toEqual(new Map([...fromCsv].sort()));
  });

  it("holds the Ramadi rows of 14–17 May 2015 with their dates and counts", () => {
    for (const id of ["197065", "197075"]) {
      const r = rows.find((x) => x.id === id) as Row;
      const e = scenario.events.find((x) => x.id === `ucdp-${id}-deaths`) as EventOf<"casualties">;
      expect(e.places).toEqual(["ramadi"]);
      expect(e.time.earliest.slice(0, 10)).toBe(r.date_start);
      expect(e.time.latest.slice(0, 10)).toBe(r.date_end);
      expect(e.total).toMatchObject({ low: n(r, "low"), best: n(r, "best"), high: n(r, "high") });
      expect(e.figures.map((f) => f.killed?.best)).toEqual([n(r, "deaths_a"), n(r, "deaths_b")]);
      expect(e.unknown?.best).toBe(n(r, "deaths_unknown"));
      // The row's fields are stored once, on its first event (the clashes); the casualties cite it by id.
      expect(e.source.row).toEqual({ dataset: "ucdp-ged", id });
      const clash = scenario.events.find((x) => x.id === `ucdp-${id}`);
      expect(clash?.source.row?.fields).toMatchObject({
        source_headline: r.source_headline,
        source_office: r.source_office,
      });
    }
    expect(rows.find((x) => x.id === "197065")).toMatchObject({ date_start: "2015-05-14", date_end: "2015-05-17" });
  });

  it("answers state at a date: each side's deaths so far, under the dataset as the source", () => {
    const at = "2015-05-31";
    const byEnd = rows.filter((r) => r.date_start <= at && r.type_of_violence !== "3");
    const killed = (name: string) =>
      sum(byEnd.map((r) => (r.side_a === name ? n(r, "deaths_a") : 0) + (r.side_b === name ? n(r, "deaths_b") : 0)));
    const civilians =
      sum(rows.filter((r) => r.date_start <= at && r.type_of_violence === "3").map((r) => n(r, "best"))) +
      sum(byEnd.map((r) => n(r, "deaths_civilians")));
    const state = Campaign.of(scenario).at(at).state;
    const tally = (side: string) => {
      const bySource = state.casualties[side];
      return bySource === undefined ? undefined : Ledger.get(bySource, "ucdp-ged");
    };
    expect(tally("isil")?.killed.best).toBe(killed("IS"));
    expect(tally("iraqi-government")?.killed.best).toBe(killed("Government of Iraq"));
    expect(Ledger.get(state.civilianDeaths, "ucdp-ged")?.killed.best).toBe(civilians);
    // deaths of no known side, a quarter of the file's, are counted too: the tallies add up to the rows' best
    const unknown = sum(byEnd.map((r) => n(r, "deaths_unknown")));
    expect(unknown).toBeGreaterThan(0);
    expect(Ledger.get(state.unknownSideDeaths, "ucdp-ged")?.killed.best).toBe(unknown);
    const everySide = Object.values(state.casualties).map((l) => Ledger.get(l, "ucdp-ged")?.killed.best ?? 0);
    expect(sum(everySide) + civilians + unknown).toBe(
      sum(rows.filter((r) => r.date_start <= at).map((r) => n(r, "best"))),
    );
  });

  it("answers history and diff: Ramadi first fought over at its first clash in the CSV, and a month's changes", () => {
    const campaign = Campaign.of(scenario);
    const history = campaign.history("Ramadi");
    const first = rows
      .filter((x) => x.where_coordinates === "Ramādī town" && x.type_of_violence !== "3")
      .sort((a, b) => a.date_start.localeCompare(b.date_start) || n(a, "id") - n(b, "id"))[0];
    expect(history.map((h) => h.event.id)).toEqual([`ucdp-${first?.id}`]);
    const d = campaign.diff("2015-04-30", "2015-05-31");
    const inMay = scenario.events.filter((e) => e.time.earliest.slice(0, 7) === "2015-05").length;
    expect(d.applied.to - d.applied.from).toBe(inMay);
    expect(Object.keys(d.other)).toContain("casualties");
  });

  it("lists Ramadi's May 2015 events with `sitrep timeline --place`", () => {
    const r = spawnSync(
      process.execPath,
      [BIN, "timeline", path, "--place", "Ramadi", "--from", "2015-05-01", "--to", "2015-05-31", "--json"],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const ids = (JSON.parse(r.stdout) as { events: { id: string }[] }).events.map((e) => e.id);
    const expected = rows
      .filter(
        (x) => x.where_coordinates === "Ramādī town" && x.date_start >= "2015-05-01" && x.date_start <= "2015-05-31",
      )
      .map((x) => `ucdp-${x.id}`);
    expect(expected).toContain("ucdp-197065");
    expect(expected).toContain("ucdp-197075");
    for (const id of expected) expect(ids).toContain(id);
  }, 200_000);

  it("maps the 30 days to 17 May 2015 with their events as points: Ramadi's circle counts the CSV's rows of those days and their deaths", () => {
    const campaign = Campaign.of(scenario);
    const at = campaign.at("2015-05-17");
    const base = mapBase(scenario);
    const marks = eventMarks(mapEvents(base), at.at.ms, { days: 30 });
    const start = at.at.ms - 30 * 86_400_000;
    // a row's time is its days in the file's zone (UTC), the end day whole
    const inWindow = rows.filter(
      (r) =>
        r.where_coordinates === "Ramādī town" &&
        Date.parse(`${r.date_start}T00:00:00Z`) <= at.at.ms &&
        Date.parse(`${r.date_end}T23:59:59.999Z`) > start,
    );
    const oneSided = inWindow.filter((r) => r.type_of_violence === "3").length;
    expect(inWindow.map((r) => r.id)).toContain("197065");
    const ramadi = marks.find((m) => m.place === "ramadi");
    expect(ramadi).toMatchObject({
      // a state-based row is a clash and its casualties; a one-sided row, civilians killed
      count: 2 * inWindow.length - oneSided,
      killed: sum(inWindow.map((r) => n(r, "best"))),
      byFamily: { fighting: 2 * (inWindow.length - oneSided), strikes: 0, civilians: oneSided, other: 0 },
    });
    // the biggest circle is Ramadi's, and it is drawn first so the smaller ones stay visible over it
    expect(marks[0]?.place).toBe("ramadi");
    const svg = mapSvg(base, at.state, at.at.ms, "2015-05-17", { marks, window: { days: 30 } });
    expect(svg).toContain(`data-place="ramadi" data-family="fighting" data-count="${ramadi?.count}"`);
    expect(svg).toContain("Events, last 30 days");
  });

  it("fits a forecast from 17 May 2015 on the 90 days before: the Islamic State's figures are its rows of those days", async () => {
    const f = await forecast(scenario, { from: "2015-05-17", until: "2015-05-31", runs: 20, seed: "ucdp", workers: 0 });
    const fit = f.parameters.find((p) => p.process === "casualties")?.parameters as CasualtiesFit;
    const isil = fit.sides.find((x) => x.side === "isil");
    // rows of 17 February to 17 May (the window ends with the origin's day; 90 days before its
    // end is the end of 16 February): an event's earliest instant is after the window's start
    const inWindow = rows.filter(
      (r) => r.type_of_violence !== "3" && r.date_start >= "2015-02-17" && r.date_start <= "2015-05-17",
    );
    const figures = inWindow.flatMap((r) => [
      ...(r.side_a === "IS" ? [n(r, "deaths_a")] : []),
      ...(r.side_b === "IS" ? [n(r, "deaths_b")] : []),
    ]);
    expect(figures.length).toBeGreaterThanOrEqual(10);
    expect(isil?.figuresFrom).toBe("window");
    expect(isil?.reports).toBe(figures.length);
    const drawn = (isil?.claimants ?? []).flatMap((c) => c.killed.map((q) => q.best));
    expect([...drawn].sort((a, b) => a - b)).toEqual([...figures].sort((a, b) => a - b));
    // a side with fewer figures in the window draws from all its reports
    const few = fit.sides.find((x) => x.reports < 10 && x.claimants.length > 0);
    expect(few?.figuresFrom).toBe("all");
    // a side whose losses the file last gives more than a year before is not simulated
    const lastYear = (name: string) =>
      rows
        .filter((r) => r.type_of_violence !== "3" && (r.side_a === name || r.side_b === name))
        .map((r) => r.date_start)
        .sort()
        .at(-1);
    expect(lastYear("Government of Kuwait")?.slice(0, 4)).toBe("1991");
    expect(fit.sides.map((x) => x.side)).not.toContain("government-of-kuwait");
    expect(fit.sides.map((x) => x.side)).toEqual(expect.arrayContaining(["isil", "iraqi-government"]));
    expect(f.deaths.find((d) => d.side === "isil")?.p50).toBeGreaterThan(0);
    // its spread is read from its rows per 30 days before the origin (the end of 17 May): twelve
    // blocks, each row naming IS one report of its losses
    const origin = Date.parse("2015-05-17T23:59:59.999Z");
    const blocks = Array.from({ length: 12 }, (_, b) => {
      const [from, to] = [origin - (b + 1) * 30 * 86_400_000, origin - b * 30 * 86_400_000];
      return rows.filter((r) => {
        const t = Date.parse(`${r.date_start}T00:00:00Z`);
        return r.type_of_violence !== "3" && (r.side_a === "IS" || r.side_b === "IS") && t > from && t <= to;
      }).length;
    });
    expect(isil?.blocks).toEqual(blocks);
    const m = sum(blocks) / 12;
    const v = sum(blocks.map((x) => (x - m) ** 2)) / 11;
    expect(isil?.spread).toBeCloseTo((3 * 0.5 + 11 * Math.max(0, (v - m) / m ** 2)) / 14, 12);
    // and its severity from the same rows' deaths of IS, per block: what the blocks' mean deaths
    // per report differ by beyond the spread of the reports within them
    const perBlock = Array.from({ length: 12 }, (_, b) => {
      const [from, to] = [origin - (b + 1) * 30 * 86_400_000, origin - b * 30 * 86_400_000];
      return rows
        .filter((r) => {
          const t = Date.parse(`${r.date_start}T00:00:00Z`);
          return r.type_of_violence !== "3" && (r.side_a === "IS" || r.side_b === "IS") && t > from && t <= to;
        })
        .map((r) => (r.side_a === "IS" ? n(r, "deaths_a") : n(r, "deaths_b")));
    }).filter((xs) => xs.length >= 2);
    const all = perBlock.flat();
    const M = sum(all) / all.length;
    const excess = sum(
      perBlock.map((xs) => {
        const mj = sum(xs) / xs.length;
        const vj = sum(xs.map((x) => (x - mj) ** 2)) / (xs.length - 1);
        return (mj - M) ** 2 - vj / xs.length;
      }),
    );
    const own = Math.max(0, excess / (perBlock.length * M ** 2));
    expect(perBlock).toHaveLength(12);
    expect(isil?.severity).toBeCloseTo((3 * 0.3 + 12 * own) / 15, 12);
  });

  it("forecasts the civilians each side kills from its one-sided rows: their rate, figures and places", async () => {
    const spec = { from: "2015-05-17", until: "2015-05-31", seed: "civilians" };
    const f = await forecast(scenario, { ...spec, runs: 30, workers: 0 });
    const fit = f.parameters.find((p) => p.process === "civilians")?.parameters as CiviliansFit;
    const isil = fit.sides.find((x) => x.side === "isil");
    // one-sided rows of IS from 17 February to 17 May: one report each, at its place
    const inWindow = rows.filter(
      (r) =>
        r.type_of_violence === "3" && r.side_a === "IS" && r.date_start >= "2015-02-17" && r.date_start <= "2015-05-17",
    );
    expect(inWindow.length).toBeGreaterThanOrEqual(10);
    expect(isil?.reports).toBe(inWindow.length);
    expect(isil?.figuresFrom).toBe("window");
    const drawn = (isil?.claimants ?? []).flatMap((c) => c.killed.map((q) => q.best));
    expect([...drawn].sort((a, b) => a - b)).toEqual(inWindow.map((r) => n(r, "best")).sort((a, b) => a - b));
    expect(isil?.places).toHaveLength(inWindow.length);
    // a run's reports are the side's, at places its rows named, and the forecast adds them up
    let reported = 0;
    for (const run of [0, 1, 2]) {
      // those that name the killers (the others are the deaths of no named side's)
      const events = forecastRun(scenario, spec, run).events.filter(
        (e): e is EventOf<"civilians-killed"> => e.type === "civilians-killed" && e.by !== undefined,
      );
      for (const e of events) {
        expect(scenario.catalogue.actor(e.by ?? "")?.side).toBe(fit.sides.find((x) => x.actor === e.by)?.side);
        expect(fit.sides.find((x) => x.actor === e.by)?.places).toContain(e.place);
      }
      reported += events.length;
      const byIsil = sum(events.filter((e) => e.by === isil?.actor).map((e) => e.killed.best));
      expect(f.civilians.find((d) => d.side === "isil")?.samples[run] ?? 0).toBe(byIsil);
    }
    expect(reported).toBeGreaterThan(0);
    expect(f.civilians.find((d) => d.side === "isil")?.p50).toBeGreaterThan(0);
  });

  it("forecasts the deaths no side is named for from the state-based rows' civilian and unknown deaths", async () => {
    const spec = { from: "2015-05-17", until: "2015-05-31", seed: "unattributed" };
    const f = await forecast(scenario, { ...spec, runs: 30, workers: 0 });
    const fit = f.parameters.find((p) => p.process === "unattributed")?.parameters as UnattributedFit;
    // rows of the 90 days before the origin that are not one-sided, with such deaths: one report each
    const inWindow = (column: string) =>
      rows
        .filter(
          (r) =>
            r.type_of_violence !== "3" &&
            r.date_start >= "2015-02-17" &&
            r.date_start <= "2015-05-17" &&
            n(r, column) > 0,
        )
        .map((r) => n(r, column))
        .sort((a, b) => a - b);
    for (const [key, column] of [
      ["civilians", "deaths_civilians"],
      ["unknown", "deaths_unknown"],
    ] as const) {
      const stream = fit.streams.find((x) => x.key === key);
      const expected = inWindow(column);
      expect(expected.length).toBeGreaterThanOrEqual(10);
      expect(stream?.reports).toBe(expected.length);
      expect(stream?.figuresFrom).toBe("window");
      const drawn = (stream?.claimants ?? []).flatMap((c) => c.killed.map((q) => q.best));
      expect([...drawn].sort((a, b) => a - b)).toEqual(expected);
    }
    // a run's reports name no side; its civilians fall at places the stream's rows named; the
    // forecast adds them up, and its total is every death the run's reports count
    const civilians = fit.streams.find((x) => x.key === "civilians");
    let reported = 0;
    for (const run of [0, 1, 2]) {
      const events = forecastRun(scenario, spec, run).events;
      const unnamed = events.filter(
        (e): e is EventOf<"civilians-killed"> => e.type === "civilians-killed" && e.by === undefined,
      );
      const unknown = events.filter(
        (e): e is EventOf<"casualties"> => e.type === "casualties" && e.figures.length === 0,
      );
      for (const e of unnamed) expect(civilians?.places).toContain(e.place);
      for (const e of unknown) expect(e.civilians).toBeUndefined();
      reported += unnamed.length + unknown.length;
      const band = (what: string) => f.unattributed.find((b) => b.what === what)?.samples[run] ?? 0;
      expect(band("civilians")).toBe(sum(unnamed.map((e) => e.killed.best)));
      expect(band("unknown")).toBe(sum(unknown.map((e) => e.unknown?.best ?? 0)));
      const all = sum(
        events.map((e) =>
          e.type === "civilians-killed"
            ? e.killed.best
            : e.type === "casualties"
              ? sum(e.figures.map((x) => x.killed?.best ?? 0)) + (e.unknown?.best ?? 0)
              : 0,
        ),
      );
      expect(f.total.samples[run]).toBe(all);
    }
    expect(reported).toBeGreaterThan(0);
  });

  it("reads the theatre's intensity from the file's rows per 30 days before the origin, every kind of violence", async () => {
    const f = await forecast(scenario, {
      from: "2015-05-17",
      until: "2015-05-31",
      seed: "intensity",
      runs: 1,
      workers: 0,
    });
    // block b: the 30 days ending 30·b days before 17 May 2015; every row is one report of deaths
    const day = (k: number) => new Date(Date.UTC(2015, 4, 17 - k)).toISOString().slice(0, 10);
    const blocks = Array.from(
      { length: 12 },
      (_, b) => rows.filter((r) => r.date_start >= day(30 * b + 29) && r.date_start <= day(30 * b)).length,
    );
    expect(f.intensity.blocks).toEqual(blocks);
    const m = sum(blocks) / 12;
    const v = sum(blocks.map((x) => (x - m) ** 2)) / 11;
    expect(f.intensity.spread).toBeCloseTo((3 * 0.5 + 11 * Math.max(0, (v - m) / m ** 2)) / 14, 12);
  });

  it("gives each run its own rate of reports, drawn about the fitted one", async () => {
    const spec = { from: "2015-05-17", until: "2015-06-16", seed: "rates" };
    const f = await forecast(scenario, { ...spec, runs: 1, workers: 0 });
    const fit = f.parameters.find((p) => p.process === "casualties")?.parameters as CasualtiesFit;
    const fitted = fit.sides.find((x) => x.side === "isil")?.rate ?? 0;
    const rateOf = (run: number) => {
      const e = forecastRun(scenario, spec, run).events.find(
        (x) => x.type === "casualties" && x.figures[0]?.actor === "isil",
      );
      return e?.simulated?.parameters.reportsPerDay;
    };
    const rates = [0, 1, 2, 3, 4, 5].map(rateOf);
    expect(new Set(rates).size).toBe(rates.length);
    for (const r of rates) expect(r).toBeGreaterThan(0);
    expect(rates).not.toContain(fitted);
  });

  it("backtests the deaths forecast from 17 May 2015: what it scores against is the CSV's deaths of the 30 days after", async () => {
    const b = await backtest([scenario], {
      origins: ["2015-05-17"],
      horizonDays: 30,
      runs: 50,
      seed: "ucdp",
      workers: 0,
    });
    // a side's deaths in the state-based and non-state rows starting within [from, to]
    const deaths = (name: string, from: string, to: string) =>
      sum(
        rows
          .filter((r) => r.type_of_violence !== "3" && r.date_start >= from && r.date_start <= to)
          .map((r) => (r.side_a === name ? n(r, "deaths_a") : 0) + (r.side_b === name ? n(r, "deaths_b") : 0)),
      );
    for (const [side, name] of [
      ["isil", "IS"],
      ["iraqi-government", "Government of Iraq"],
    ] as const) {
      const c = b.deaths.cases.find((k) => k.side === side);
      const after = deaths(name, "2015-05-18", "2015-06-16");
      const before = deaths(name, "2015-04-18", "2015-05-17");
      expect(after).toBeGreaterThan(0);
      expect(c).toMatchObject({ origin: "2015-05-17", horizon: 30, observed: after });
      expect(c?.baselines.zero).toBe(after);
      expect(c?.baselines.persistence).toBe(Math.abs(before - after));
    }
    // the sides scored are those the file reports in the year before the origin, whatever the
    // runs draw: not the government of Kuwait, last reported in 1991
    expect(b.deaths.cases.map((c) => c.side)).not.toContain("government-of-kuwait");
    // all deaths: the CSV's best estimates of every row starting within the horizon, whatever its kind
    const total = (from: string, to: string) =>
      sum(rows.filter((r) => r.date_start >= from && r.date_start <= to).map((r) => n(r, "best")));
    const after = total("2015-05-18", "2015-06-16");
    expect(b.total.cases).toHaveLength(1);
    expect(b.total.cases[0]).toMatchObject({ side: "all", origin: "2015-05-17", horizon: 30, observed: after });
    expect(b.total.cases[0]?.baselines.zero).toBe(after);
    expect(b.total.cases[0]?.baselines.persistence).toBe(Math.abs(total("2015-04-18", "2015-05-17") - after));
  });

  it("prints a backtest of the file with each side's deaths by name, and a forecast that says no side holds a place", () => {
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 180_000 });
    const b = run([
      "backtest",
      path,
      "--origins",
      "2015-05-17",
      "--horizon",
      "30",
      "--runs",
      "20",
      "--seed",
      "1",
      "--cases",
    ]);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stdout).toContain("Milestones: none was open at any origin");
    expect(b.stdout).toMatch(/2015-05-17 +Islamic State \(ISIL\) +\d+ /);
    expect(b.stdout).toMatch(/Pooled over \d+ forecasts of a side's deaths within the horizon/);
    expect(b.stdout).toMatch(/Pooled over \d+ forecasts of the civilians a side killed within the horizon/);
    expect(b.stdout).toMatch(/2015-05-17 +all deaths +\d+ /);
    // the government killed civilians in the year before, none in these 30 days: a case of 0, so
    // the cases with a count are pooled apart too
    expect(b.stdout).toMatch(/2015-05-17 +Iraqi government +0 +/);
    expect(b.stdout).toMatch(
      /on the \d+ forecasts whose recorded count is above 0: CRPS \d+\.\d\d; coverage: 50% intervals \d+%, 90% intervals \d+%/,
    );
    const f = run(["forecast", path, "--from", "2015-05-17", "--until", "2015-05-31", "--runs", "20", "--seed", "1"]);
    expect(f.status, f.stderr).toBe(0);
    expect(f.stdout).toContain("none: no side holds a place of the theatre in any run");
    expect(f.stdout).toMatch(/All deaths the runs report \(median, 90% band\): \d+/);
    expect(f.stdout).toMatch(
      /each run's intensity, which every stream of reports shares: spread \d\.\d\d, read from 12 blocks/,
    );
  }, 200_000);

  it("crosschecks anbar-2015: the fall of Ramadi matches the Ramadi rows of 14–17 May 2015", () => {
    const entries = crosscheck(loadScenario("anbar-2015"), scenario, { days: 3, km: 10 });
    const falls = entries.find((e) => e.event === "an-ramadi-falls");
    const found = falls?.matches.map((m) => m.row) ?? [];
    expect(found).toContain("197065");
    expect(found).toContain("197075");
    // every match lies within the slack: at most 3 days outside the event's day, at Ramadi's point
    for (const m of falls?.matches ?? []) {
      expect(m.latest.slice(0, 10) >= "2015-05-14").toBe(true);
      expect(m.earliest.slice(0, 10) <= "2015-05-20").toBe(true);
      expect(m.distanceKm).toBeLessThanOrEqual(10);
    }
    const m197065 = falls?.matches.find((m) => m.row === "197065");
    expect(m197065?.deaths).toEqual({ low: 253, best: 277, high: 527 });
    // with no slack in days, a row of 18 May no longer matches the fall of 17 May
    const strict = crosscheck(loadScenario("anbar-2015"), scenario, { days: 0, km: 10 });
    const rowsStrict = strict.find((e) => e.event === "an-ramadi-falls")?.matches.map((m) => m.row) ?? [];
    expect(rowsStrict).toContain("197075");
    expect(found.length).toBeGreaterThan(rowsStrict.length);
  });
});
