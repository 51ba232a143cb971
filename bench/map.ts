/**
 * The map's benchmark: `npm run bench:map [-- --places P --events N --seed S --at DATE --repeats R --theatre-repeats T --json]`.
 *
 * Measures, in one run, against baselines measured in the same run:
 * - the whole process of `sitrep map central-syria-2017 --at 2017-09-05 --out x.svg` against
 *   `sitrep state` for the same moment, alternated, medians (target: at most 3 times);
 * - the size of the playable page of central-syria-2017 (target: under 1.5 MB);
 * - in Debian's Chromium, the time the page takes to redraw when the slider moves to a new day
 *   (Performance API; reported, target under 50 ms);
 * - a synthetic theatre (bench/theatre.ts: the benchmark campaign of bench/campaign.ts, its
 *   places given seeded positions, written as a scenario file): whole processes of
 *   `sitrep map <file> --at <date> --out x.svg` (target under 2 s) and `sitrep map <file> --html`
 *   (page under 15 MB), each against `sitrep state <file> --at <date>` in the same run, the
 *   compiled cache warm for all three; and where the SVG's time goes, stage by stage, in a fresh
 *   process (bench/map-stages.ts);
 * - the UCDP GED Iraq file imported whole (13,393 events over 30 years of days): its page's
 *   slider redraw and size without events and with `--events 30d`.
 * Needs the built CLI (`npm run build`, which `npm run bench:map` runs first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { packageRoot } from "../engine/paths.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/map/browser.js";
import { alternately, builtCli, median, percentile, timeNode } from "./measure.js";
import { mib, ms, type Row, ratio, table } from "./report.js";
import { theatreJson } from "./theatre.js";

const { values: opts } = parseArgs({
  options: {
    places: { type: "string", default: "5000" },
    events: { type: "string", default: "100000" },
    repeats: { type: "string", default: "9" },
    seed: { type: "string", default: "sitrep-map-1" },
    at: { type: "string", default: "2016-06-01" },
    "theatre-repeats": { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});
const places = Number(opts.places);
const total = Number(opts.events);
const repeats = Number(opts.repeats);
const progress = (line: string) => process.stderr.write(`bench:map: ${line}\n`);

const cli = builtCli();
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
interface Redraw {
  /** From opening the file to the first frame drawn (frames unpacked and indexed). */
  readonly openMs: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly count: number;
}

/** Opens a page in Chromium and moves its slider over `stride`-spaced days, reading the page's own redraw measures. */
async function redrawsOf(file: string, stride: number): Promise<Redraw | null> {
  if (!existsSync(CHROMIUM)) {
    progress("no /usr/bin/chromium: redraw times not measured");
    return null;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 300_000 }); // the frames are unpacked
  const openMs = performance.now() - t0;
  const days = await page.evaluate(() => {
    const g = globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } };
    return (JSON.parse(g.document.getElementById("sitrep-data").textContent) as { days: string[] }).days.length;
  });
  for (let d = 1; d < days; d += stride) await page.locator("#slider").fill(String(d));
  await page.waitForTimeout(200);
  const times = await page.evaluate(() => {
    const g = globalThis as unknown as { performance: { getEntriesByName(n: string): { duration: number }[] } };
    return g.performance.getEntriesByName("sitrep-redraw").map((e) => e.duration);
  });
  await browser.close();
  const moved = times.slice(1); // the first is the page's opening draw
  return { openMs, median: median(moved), p95: percentile(moved, 95), max: Math.max(...moved), count: moved.length };
}

progress("moving the slider in Chromium");
const redraw = await redrawsOf(pageFile, 1);

// 4. a synthetic theatre, as a scenario file, through the CLI
progress(`generating a synthetic theatre: ${places} places, ${total} events, seed ${opts.seed}`);
const theatre = join(dir, "theatre.json");
writeFileSync(theatre, theatreJson({ places, events: total, seed: opts.seed }));
const env = { ...process.env, SITREP_CACHE_DIR: join(dir, "cache") };
const theatreRepeats = Math.max(1, Math.min(repeats, Number(opts["theatre-repeats"])));
const at = opts.at;
const svgFile = join(dir, "theatre.svg");
const htmlFile = join(dir, "theatre.html");
const tState = ["state", theatre, "--at", at];
const tMap = ["map", theatre, "--at", at, "--out", svgFile];
progress("loading the theatre once (fills the compiled cache both commands read)");
timeNode([cli, ...tState], env);
const tStateTimes: number[] = [];
const tMapTimes: number[] = [];
for (let i = 0; i < theatreRepeats; i++) {
  progress(`theatre: state and map, round ${i + 1} of ${theatreRepeats}`);
  tStateTimes.push(timeNode([cli, ...tState], env));
  tMapTimes.push(timeNode([cli, ...tMap], env));
}
progress("theatre: the SVG's stages, in a fresh process");
const stagesRun = spawnSync(
  process.execPath,
  ["--import", "tsx", join(packageRoot(), "bench", "map-stages.ts"), theatre, at, join(dir, "cache")],
  { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
);
if (stagesRun.status !== 0) throw new Error(`bench/map-stages.ts failed (${stagesRun.status})`);
const stages = (JSON.parse(stagesRun.stdout) as { stages: Record<string, number> }).stages;
progress("theatre: building the page");
const tHtmlMs = timeNode([cli, "map", theatre, "--html", "--out", htmlFile], env);
const tStateMs = median(tStateTimes);
const tMapMs = median(tMapTimes);
const htmlBytes = statSync(htmlFile).size;
progress("theatre: moving its page's slider in Chromium, every 7th day");
const theatreRedraw = await redrawsOf(htmlFile, 7);

// 5. an event dataset's page with its events layer: the UCDP GED Iraq file imported whole
progress("importing the UCDP GED Iraq file and writing its page with and without --events 30d");
const iraq = join(dir, "ucdp-ged-iraq.json");
const imported = spawnSync(
  process.execPath,
  [cli, "import", "ucdp", join(packageRoot(), "scenarios", "data", "ucdp-ged-iraq.csv.gz"), "--out", iraq],
  { stdio: ["ignore", "ignore", "ignore"], env },
);
if (imported.status !== 0) throw new Error(`sitrep import ucdp failed (${imported.status})`);
const iraqPlain = join(dir, "ucdp-iraq.html");
const iraqEvents = join(dir, "ucdp-iraq-events.html");
timeNode([cli, "map", iraq, "--html", "--out", iraqPlain], env);
timeNode([cli, "map", iraq, "--html", "--events", "30d", "--out", iraqEvents], env);
progress("UCDP Iraq: moving the slider of both pages in Chromium, every 7th day");
const ucdp = {
  plainBytes: statSync(iraqPlain).size,
  eventsBytes: statSync(iraqEvents).size,
  plain: await redrawsOf(iraqPlain, 7),
  events: await redrawsOf(iraqEvents, 7),
};

const result = {
  process: { stateMs, mapMs, ratio: mapMs / stateMs, repeats, target: 3 },
  page: { bytes: pageBytes, ms: pageMs, target: 1.5 * 1024 * 1024 },
  redraw,
  theatre: {
    places,
    events: total,
    seed: opts.seed,
    at,
    fileBytes: statSync(theatre).size,
    stateMs: tStateMs,
    mapMs: tMapMs,
    mapRatio: tMapMs / tStateMs,
    svgBytes: statSync(svgFile).size,
    htmlMs: tHtmlMs,
    htmlRatio: tHtmlMs / tStateMs,
    htmlBytes,
    redraw: theatreRedraw,
    stages,
    repeats: theatreRepeats,
    targets: { mapMs: 2000, htmlBytes: 15 * 1024 * 1024 },
  },
  ucdp,
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
    [`theatre (${places} places, ${total} events): sitrep state --at ${at} (baseline)`, ms(tStateMs), ""],
    [`theatre: sitrep map --at ${at} --out x.svg`, ms(tMapMs), `${ratio(tMapMs / tStateMs)} state (target < 2 s)`],
    ...Object.entries(stages).map(([name, t]): Row => [`  stage: ${name}`, ms(t), ""]),
    [
      "theatre: sitrep map --html",
      mib(htmlBytes),
      `written in ${ms(tHtmlMs)}, ${ratio(tHtmlMs / tStateMs)} state (target < 15 MB)`,
    ],
    [
      "theatre: its page in Chromium, slider redraw",
      theatreRedraw === null ? "not measured" : `${ms(theatreRedraw.median)} median`,
      theatreRedraw === null
        ? ""
        : `p95 ${ms(theatreRedraw.p95)}, max ${ms(theatreRedraw.max)} over ${theatreRedraw.count} days; opened in ${ms(theatreRedraw.openMs)}`,
    ],
    ...[
      ["UCDP Iraq page, no events", ucdp.plain, ucdp.plainBytes] as const,
      ["UCDP Iraq page, --events 30d", ucdp.events, ucdp.eventsBytes] as const,
    ].map(
      ([name, r, bytes]): Row => [
        `${name}: slider redraw`,
        r === null ? "not measured" : `${ms(r.median)} median`,
        `${r === null ? "" : `p95 ${ms(r.p95)}, max ${ms(r.max)} over ${r.count} days; `}${(bytes / 1024).toFixed(0)} KiB`,
      ],
    ),
  ];
  process.stdout.write(`${table("Map", rows)}\n`);
}
