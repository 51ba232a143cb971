/**
 * The map's benchmark: `npm run bench:map [-- --places P --events N --repeats R --json]`.
 *
 * Measures, in one run, against baselines measured in the same run:
 * - the whole process of `sitrep map central-syria-2017 --at 2017-09-05 --out x.svg` against
 *   `sitrep state` for the same moment, alternated, medians (target: at most 3 times);
 * - the size of the playable page of central-syria-2017 (target: under 1.5 MB);
 * - in Debian's Chromium, the time the page takes to redraw when the slider moves to a new day
 *   (Performance API; reported, target under 50 ms);
 * - a synthetic theatre (the benchmark campaign of bench/campaign.ts, its places given
 *   coordinates on a grid): the SVG map at its end (target under 2 s) and the page's size
 *   (target under 15 MB) and build time.
 * Needs the built CLI (`npm run build`, which `npm run bench:map` runs first).
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { Campaign } from "../engine/campaign.js";
import { buildCatalogue, emptyState } from "../engine/index.js";
import { packageRoot } from "../engine/paths.js";
import type { Scenario } from "../engine/scenario/scenario.js";
import { mapBase } from "../replay/map/base.js";
import { campaignPage } from "../replay/map/page/page.js";
import { mapSvg } from "../replay/map/svg.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/map/browser.js";
import { campaignCatalogue, generateCampaign } from "./campaign.js";
import { alternately, median, percentile, timed, timeNode } from "./measure.js";
import { mib, ms, type Row, ratio, table } from "./report.js";

const { values: opts } = parseArgs({
  options: {
    places: { type: "string", default: "5000" },
    events: { type: "string", default: "100000" },
    repeats: { type: "string", default: "9" },
    seed: { type: "string", default: "sitrep-bench-1" },
    json: { type: "boolean", default: false },
  },
});
const places = Number(opts.places);
const total = Number(opts.events);
const repeats = Number(opts.repeats);
const progress = (line: string) => process.stderr.write(`bench:map: ${line}\n`);

const cli = join(packageRoot(), "dist", "replay", "cli", "main.js");
if (!existsSync(cli)) throw new Error("the CLI is not built: run `npm run build` first");
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-map-"));

const timeOnce = (args: readonly string[]): number => timeNode([cli, ...args]);

// 1. whole process: map against state, alternated
progress(`timing sitrep map against sitrep state, ${repeats} times each`);
const stateArgs = ["state", "central-syria-2017", "--at", "2017-09-05"];
const mapArgs = ["map", "central-syria-2017", "--at", "2017-09-05", "--out", join(dir, "x.svg")];
const { baselineMs: stateMs, measuredMs: mapMs } = alternately([cli, ...stateArgs], [cli, ...mapArgs], repeats);

// 2. the page of the flagship scenario
const pageFile = join(dir, "central-syria-2017.html");
const pageMs = timeOnce(["map", "central-syria-2017", "--html", "--out", pageFile]);
const pageBytes = statSync(pageFile).size;

// 3. redraws in the browser
progress("moving the slider in Chromium");
let redraw: { median: number; p95: number; max: number; count: number } | null = null;
if (existsSync(CHROMIUM)) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(pathToFileURL(pageFile).href);
  const days = await page.evaluate(() => {
    const g = globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } };
    return (JSON.parse(g.document.getElementById("sitrep-data").textContent) as { days: string[] }).days.length;
  });
  for (let d = 1; d < days; d += 1) {
    await page.locator("#slider").fill(String(d));
  }
  await page.waitForTimeout(200);
  const times = await page.evaluate(() => {
    const g = globalThis as unknown as { performance: { getEntriesByName(n: string): { duration: number }[] } };
    return g.performance.getEntriesByName("sitrep-redraw").map((e) => e.duration);
  });
  await browser.close();
  const moved = times.slice(1); // the first is the page's opening draw
  redraw = { median: median(moved), p95: percentile(moved, 95), max: Math.max(...moved), count: moved.length };
} else progress("no /usr/bin/chromium: redraw times not measured");

// 4. a synthetic theatre
progress(`generating a synthetic theatre: ${places} places, ${total} events`);
const plain = campaignCatalogue(places);
const width = Math.ceil(Math.sqrt(places));
const built = buildCatalogue({
  sides: plain.sides,
  actors: plain.actors,
  places: plain.places.map((p, i) => ({
    ...p,
    // a grid over the Syrian desert, about 4 km apart
    coordinates: {
      lat: 33 + Math.floor(i / width) * 0.035,
      lon: 36.5 + (i % width) * 0.04,
      precision: "exact" as const,
      source: "synthetic grid (benchmark)",
    },
  })) as typeof plain.places,
});
if (!built.success) throw new Error(built.problems.map((p) => p.message).join("; "));
const catalogue = built.data;
const { events } = generateCampaign({ catalogue, events: total, seed: opts.seed });
const first = events[0]?.time.earliest.slice(0, 10) ?? "2014-01-01";
const last = events[events.length - 1]?.time.earliest.slice(0, 10) ?? first;
const scenario: Scenario = {
  id: "synthetic",
  title: `Synthetic theatre: ${places} places, ${total} events`,
  description: null,
  timeZone: "Etc/GMT-3",
  span: { start: `${first}T00:00:00.000+03:00`, end: `${last}T23:59:59.999+03:00` },
  documents: [],
  catalogue,
  initialEvents: [],
  events,
  inferred: [],
  initial: emptyState(catalogue),
  uncited: [],
  file: null,
};
progress("replaying the synthetic theatre");
const replayRun = timed(() => Campaign.of(scenario));
const synthetic = replayRun.value;
progress("drawing the synthetic map");
const svgRun = timed(() => {
  const snap = synthetic.at(last);
  return mapSvg(mapBase(scenario), snap.state, snap.at.ms, last);
});
progress("building the synthetic page");
const htmlRun = timed(() => campaignPage(mapBase(scenario), synthetic));
const htmlBytes = Buffer.byteLength(htmlRun.value);
writeFileSync(join(dir, "synthetic.html"), htmlRun.value);

const result = {
  process: { stateMs, mapMs, ratio: mapMs / stateMs, repeats, target: 3 },
  page: { bytes: pageBytes, ms: pageMs, target: 1.5 * 1024 * 1024 },
  redraw,
  synthetic: {
    places,
    events: total,
    replayMs: replayRun.ms,
    svgMs: svgRun.ms,
    svgBytes: Buffer.byteLength(svgRun.value),
    htmlMs: htmlRun.ms,
    htmlBytes,
    targets: { svgMs: 2000, htmlBytes: 15 * 1024 * 1024 },
  },
};
if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const rows: Row[] = [
    ["sitrep state central-syria-2017 --at 2017-09-05 (baseline)", ms(stateMs), ""],
    [
      "sitrep map central-syria-2017 --at 2017-09-05 --out x.svg",
      ms(mapMs),
      `${ratio(mapMs / stateMs)} state (target ≤ 3×)`,
    ],
    [
      "page of central-syria-2017 (sitrep map --html)",
      `${(pageBytes / 1024).toFixed(0)} KiB`,
      `written in ${ms(pageMs)} (target < 1.5 MiB)`,
    ],
    [
      "slider redraw in Chromium (Performance API)",
      redraw === null ? "not measured" : `${ms(redraw.median)} median`,
      redraw === null ? "" : `p95 ${ms(redraw.p95)}, max ${ms(redraw.max)} over ${redraw.count} days (target < 50 ms)`,
    ],
    [
      `synthetic: replay, ${places} places, ${total} events (baseline)`,
      ms(replayRun.ms),
      "Campaign.of: the engine's timeline",
    ],
    [
      "synthetic: map SVG at the end",
      ms(svgRun.ms),
      `base map, seek and SVG: ${ratio(svgRun.ms / replayRun.ms)} the replay (target < 2 s)`,
    ],
    [`synthetic: page`, mib(htmlBytes), `built in ${ms(htmlRun.ms)} (target < 15 MiB)`],
  ];
  process.stdout.write(`${table("Map", rows)}\n`);
}
