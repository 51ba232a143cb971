/**
 * sitrep's benchmark: `npm run bench [-- --events N --places P --seed S --json]`.
 *
 * Generates a seeded synthetic campaign, then measures in one process, against baselines
 * measured in the same run: the engine's replay, a hand-written mutable fold with the same
 * rules (the limit), one immer `produce` per event (the naive reducer), building a Timeline,
 * random seeks, and the memory taken by the events and by the snapshots. See BENCHMARKS.md.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { parseArgs } from "node:util";
import seedrandom from "seedrandom";
import {
  type Catalogue,
  DEFAULT_SNAPSHOT_EVERY,
  type DomainEvent,
  emptyState,
  reduce,
  replay,
  type State,
  Timeline,
} from "../engine/index.js";
import { applySegment } from "../engine/reducer/reduce.js";
import { campaignCatalogue, generateCampaign, MIX } from "./campaign.js";
import { benchChart } from "./chart.js";
import { benchEdits } from "./edits.js";
import { compareWithEngine, type FoldRefs, MutableFold } from "./fold.js";
import { benchForecast } from "./forecast.js";
import { exposedGc, heapBytes, mean, median, percentile, settle, timed } from "./measure.js";
import { count, mib, ms, type Row, ratio, table, us } from "./report.js";
import { benchSimulate } from "./simulate.js";
import { benchStartup } from "./startup.js";

const USAGE = `Usage: npm run bench -- [options]

  --events N          events in the synthetic campaign (default 1000000)
  --places P          places in its catalogue (default 10000)
  --seed S            seed of every random draw (default "sitrep-bench-1")
  --snapshot-every K  Timeline snapshot interval (default 512, the engine's; see BENCHMARKS.md)
  --repeats R         timed repetitions of each measurement, medians reported (default 3)
  --seeks K           random seeks timed (default 1000)
  --produce-sample S  events timed with one immer produce each, scaled to the whole log (default 2000)
  --sweep K1,K2,...   also measure snapshot memory and seeks for each of these intervals
  --sim-runs N        simulation runs of central-syria-2017 (default 10000; 0 to skip)
  --forecast-runs N   forecast runs of central-syria-2017, one worker against two (default 2000; 0 to skip)
  --backtest-runs N   runs per origin of the weekly backtest of central-syria-2017 (default 1000; 0 to skip)
  --json              print exactly one JSON object on stdout (progress still goes to stderr)
  --quiet             no progress on stderr
  --help`;

const { values: opts } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    places: { type: "string", default: "10000" },
    seed: { type: "string", default: "sitrep-bench-1" },
    "snapshot-every": { type: "string", default: String(DEFAULT_SNAPSHOT_EVERY) },
    repeats: { type: "string", default: "3" },
    seeks: { type: "string", default: "1000" },
    "produce-sample": { type: "string", default: "2000" },
    sweep: { type: "string" },
    "sim-runs": { type: "string", default: "10000" },
    "forecast-runs": { type: "string", default: "2000" },
    "backtest-runs": { type: "string", default: "1000" },
    json: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

function whole(name: string, text: string, min: number): number {
  const n = Number(text.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`--${name} must be a whole number >= ${min}, got '${text}'\n\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

// Memory is measured after forced collections, which needs --expose-gc; a 1M-event log also
// needs more than the default old space. Run again with both if this process lacks them.
if (exposedGc() === undefined) {
  const script = process.argv[1] ?? "bench/run.ts";
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--expose-gc", "--max-old-space-size=8192", script, ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}

const config = {
  events: whole("events", opts.events, 1),
  places: whole("places", opts.places, 1),
  seed: opts.seed,
  snapshotEvery: whole("snapshot-every", opts["snapshot-every"], 1),
  repeats: whole("repeats", opts.repeats, 1),
  seeks: whole("seeks", opts.seeks, 1),
  produceSample: whole("produce-sample", opts["produce-sample"], 1),
  simRuns: whole("sim-runs", opts["sim-runs"], 0),
  forecastRuns: whole("forecast-runs", opts["forecast-runs"], 0),
  backtestRuns: whole("backtest-runs", opts["backtest-runs"], 0),
};
if (config.events < config.places) {
  process.stderr.write(
    `--events (${config.events}) must be at least --places (${config.places}): the campaign opens by reporting who holds every place\n`,
  );
  process.exit(2);
}

const started = performance.now();
function progress(message: string): void {
  if (!opts.quiet)
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

function foldRefs(catalogue: Catalogue): FoldRefs {
  return {
    placeIds: catalogue.places.map((p) => p.id),
    actorSide: new Map(catalogue.actors.map((a) => [a.id, a.side])),
    sides: catalogue.sides.map((s) => s.id),
  };
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

/* ---------- the campaign, and the memory its events take ---------- */

progress(`catalogue of ${count(config.places)} places`);
const catalogue = campaignCatalogue(config.places);
const initial = emptyState(catalogue);
const refs = foldRefs(catalogue);

progress(`generating ${count(config.events)} events (seed '${config.seed}')`);
const beforeEvents = heapBytes();
const generation = timed(() => generateCampaign({ catalogue, events: config.events, seed: config.seed }));
const campaign = generation.value;
const events: readonly DomainEvent[] = campaign.events;
const eventBytes = heapBytes() - beforeEvents;
const n = events.length;
for (let i = 1; i < n; i++) {
  if ((events[i] as DomainEvent).time.earliest < (events[i - 1] as DomainEvent).time.earliest)
    fail(`event #${i} starts before event #${i - 1}`);
}
progress(`generated in ${ms(generation.ms)}; ${campaign.verified} sampled events identical to createEvent's`);

/* ---------- (a) replay and (b) the mutable fold, interleaved ---------- */

const warm = Math.min(n, 100_000);
progress(`warming up on ${count(warm)} events`);
replay(initial, events.slice(0, warm));
new MutableFold(refs).run(events, 0, warm);

/** Times `replay` and the mutable fold over `log`, interleaved so drift on a shared machine hits both alike. */
function replayAndFold(
  log: readonly DomainEvent[],
  label: string,
): {
  replay: number[];
  fold: number[];
  state: State;
  folded: MutableFold;
} {
  const replayMs: number[] = [];
  const foldMs: number[] = [];
  let state: State = initial;
  let folded = new MutableFold(refs);
  for (let r = 0; r < config.repeats; r++) {
    settle();
    let t0 = performance.now();
    state = replay(initial, log);
    replayMs.push(performance.now() - t0);
    settle();
    t0 = performance.now();
    folded = new MutableFold(refs).run(log);
    foldMs.push(performance.now() - t0);
    progress(`${label}replay ${ms(replayMs.at(-1) ?? 0)}, mutable fold ${ms(foldMs.at(-1) ?? 0)}`);
  }
  return { replay: replayMs, fold: foldMs, state, folded };
}

const full = replayAndFold(events, "");
const replayMs = full.replay;
const foldMs = full.fold;
const fold = full.folded;
const mismatches = compareWithEngine(full.state, fold);
if (mismatches.length > 0) fail(`engine and mutable fold disagree:\n  ${mismatches.join("\n  ")}`);
progress("engine and mutable fold agree on every place, siege, pocket, operation, route and tally");
const replayMedian = median(replayMs);
const foldMedian = median(foldMs);

// Diagnosis: the same log without its siege events (removing them leaves it valid: nothing
// else depends on sieges), to show what sieges cost the engine's captures.
const noSieges = events.filter((e) => !e.type.startsWith("siege-"));
const withoutSieges = replayAndFold(noSieges, "without siege events: ");
const noSiegeReplayMs = withoutSieges.replay;
const noSiegeFoldMs = withoutSieges.fold;

/* ---------- (c) one immer produce per event, on a window from the middle of the log ---------- */

const windowStart = Math.min(n, Math.max(config.places, Math.floor(n / 2)));
const windowEnd = Math.min(n, windowStart + config.produceSample);
const windowSize = windowEnd - windowStart;
/** Times one `reduce` (one immer produce) per event over the window, and applySegment over the same window. */
function produceVsSegment(): { produce: number[]; segment: number[] } {
  const produce: number[] = [];
  const segment: number[] = [];
  if (windowSize === 0) return { produce, segment };
  const start = applySegment(initial, events, 0, windowStart);
  const foldEach = (to: number): State => {
    let s = start;
    for (let i = windowStart; i < to; i++) s = reduce(s, events[i] as DomainEvent);
    return s;
  };
  foldEach(Math.min(windowEnd, windowStart + 300));
  let byProduce: State = start;
  for (let r = 0; r < config.repeats; r++) {
    settle();
    const t0 = performance.now();
    byProduce = foldEach(windowEnd);
    produce.push(performance.now() - t0);
  }
  let bySegment: State = start;
  settle();
  for (let r = 0; r < Math.max(7, config.repeats); r++) {
    const t0 = performance.now();
    bySegment = applySegment(start, events, windowStart, windowEnd);
    segment.push(performance.now() - t0);
  }
  const agree = bySegment.places.every((p, i) => {
    const q = byProduce.places[i];
    return q !== undefined && p.controller === q.controller && p.byEvent === q.byEvent && p.contested === q.contested;
  });
  if (!agree || bySegment.applied !== byProduce.applied)
    fail("produce-per-event and applySegment disagree on the window");
  return { produce, segment };
}

if (windowSize > 0) progress(`one produce per event: ${count(windowSize)} events from #${count(windowStart)}`);
const { produce: produceMs, segment: segmentMs } = produceVsSegment();
const producePerEventMs = median(produceMs) / windowSize;
const segmentPerEventMs = median(segmentMs) / windowSize;
if (windowSize > 0)
  progress(`produce ${us(producePerEventMs * 1000)}/event, applySegment ${us(segmentPerEventMs * 1000)}/event`);
const produceProjectedMs = producePerEventMs * n;

/* ---------- (d) Timeline, (f) memory of its snapshots ---------- */

// Each measurement runs in its own function and leaves what it keeps in `kept`, so no stale
// interpreter register of this module's top-level code holds the previous timeline alive
// while the next one is measured.
const kept: { timeline: Timeline | undefined; snapshots: State[] | undefined } = {
  timeline: undefined,
  snapshots: undefined,
};

function buildTimeline(every: number): { ms: number; bytes: number; snapshots: number } {
  kept.timeline = undefined;
  const before = heapBytes();
  const t0 = performance.now();
  const timeline = Timeline.build(initial, events, { snapshotEvery: every });
  const elapsed = performance.now() - t0;
  kept.timeline = timeline;
  return { ms: elapsed, bytes: heapBytes() - before, snapshots: timeline.snapshotCount };
}

/** The snapshots alone: the states Timeline.build keeps (applySegment every `every` events), in a plain array, without the timeline's time and id indexes. */
function keepSnapshots(every: number): { bytes: number; count: number } {
  kept.snapshots = undefined;
  const before = heapBytes();
  const list: State[] = [];
  let s = initial;
  for (let from = 0; from < n; from += every) {
    s = applySegment(s, events, from, Math.min(n, from + every));
    list.push(s);
  }
  kept.snapshots = list;
  return { bytes: heapBytes() - before, count: list.length };
}

const every = config.snapshotEvery;
// The baseline: a timeline with one segment keeps only the initial and final states, plus the
// time and id indexes every timeline has. What a timeline with snapshots every `every` events
// takes beyond it is what the snapshots take.
const baseTimeline = buildTimeline(n);
kept.timeline = undefined;
progress(`Timeline without intermediate snapshots: ${mib(baseTimeline.bytes)} (indexes and final state)`);
const buildMs: number[] = [];
const timelineBytes: number[] = [];
// Building a timeline of 1M events is the slowest step, so it is repeated at most twice.
for (let r = 0; r < Math.min(n >= 500_000 ? 1 : 2, config.repeats); r++) {
  const b = buildTimeline(every);
  buildMs.push(b.ms);
  timelineBytes.push(b.bytes);
  progress(`Timeline.build ${ms(b.ms)}, ${b.snapshots} snapshots, ${mib(b.bytes)} retained`);
}
const tl = kept.timeline as Timeline | undefined;
if (tl === undefined) fail("no timeline");
const snapshotBytes = median(timelineBytes) - baseTimeline.bytes;
const snapshotCount = tl.snapshotCount - 2;
progress(`${count(snapshotCount)} intermediate snapshots take ${mib(snapshotBytes)}`);

/* ---------- (e) random seeks ---------- */

const seekMs = seekTimes(tl, config.seeks, "seeks");
const finalViaTimeline = tl.final;
if (compareWithEngine(finalViaTimeline, fold).length > 0) fail("the timeline's final state differs from the replay");
progress(`${count(config.seeks)} seeks: median ${ms(median(seekMs))}, p95 ${ms(percentile(seekMs, 95))}`);

/* ---------- optional: how the snapshot interval trades memory for seek time ---------- */

const sweepIntervals = (opts.sweep ?? "")
  .split(",")
  .filter((x) => x.trim() !== "")
  .map((x) => whole("sweep", x.trim(), 1));
const sweep: { snapshotEvery: number; snapshotBytes: number; seekMedianMs: number; seekP95Ms: number }[] = [];
function seekTimes(timeline: Timeline, k: number, label: string): number[] {
  const rng = seedrandom(`${config.seed}/${label}`);
  const pickK = (): number => Math.floor(rng() * (n + 1));
  for (let i = 0; i < Math.min(100, k); i++) timeline.stateAfter(pickK());
  settle();
  const times: number[] = [];
  for (let i = 0; i < k; i++) {
    const target = pickK();
    const t0 = performance.now();
    timeline.stateAfter(target);
    times.push(performance.now() - t0);
  }
  return times;
}
if (sweepIntervals.length > 0) {
  kept.timeline = undefined;
  for (const k of sweepIntervals) {
    const bytes = keepSnapshots(k).bytes;
    kept.snapshots = undefined;
    buildTimeline(k);
    const timeline = kept.timeline as Timeline | undefined;
    if (timeline === undefined) fail("no timeline");
    const times = seekTimes(timeline, Math.min(config.seeks, 500), `sweep-${k}`);
    kept.timeline = undefined;
    sweep.push({
      snapshotEvery: k,
      snapshotBytes: bytes,
      seekMedianMs: median(times),
      seekP95Ms: percentile(times, 95),
    });
    progress(
      `sweep: every ${k}: snapshots ${mib(bytes)}, seek median ${ms(median(times))}, p95 ${ms(percentile(times, 95))}`,
    );
  }
}

/* ---------- (g) simulation: runs of central-syria-2017 against one plain replay ---------- */

progress(config.simRuns > 0 ? `simulating ${count(config.simRuns)} runs of central-syria-2017` : "simulation skipped");
const simulation = config.simRuns > 0 ? await benchSimulate({ runs: config.simRuns, seed: config.seed }) : null;

/* ---------- (g2) forecasting: a forward run against a replay, workers, a whole backtest ---------- */

progress(config.forecastRuns > 0 ? "forecasting central-syria-2017 from 2017-08-20" : "forecast skipped");
const forecasting =
  config.forecastRuns > 0
    ? await benchForecast({ runs: config.forecastRuns, backtestRuns: config.backtestRuns, seed: config.seed })
    : null;

/* ---------- (g3) branch edits: 20,000 inserts against 2,000 ---------- */

progress("applying 2,000 and 20,000 inserted events to central-syria-2017");
const edits = benchEdits();

/* ---------- (h) the CLI's start: `sitrep state` against an empty node process ---------- */

progress("timing the CLI's start");
const startup = benchStartup();

/* ---------- (i) a chart, whole process, against `sitrep state` ---------- */

progress("timing sitrep chart against sitrep state");
const chart = benchChart();

/* ---------- results ---------- */

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model.trim() ?? "unknown",
  cores: cpus.length,
  node: process.version,
  v8: process.versions.v8,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
};
const replayTimeVsMutableFold = replayMedian / foldMedian;
const speedupVsProducePerEvent = produceProjectedMs / replayMedian;
const seekMedianMs = median(seekMs);
const timelineBytesMedian = median(timelineBytes);
const targets = [
  {
    name: "full replay within 3× the mutable fold",
    measure: "replayTimeVsMutableFold",
    value: replayTimeVsMutableFold,
    target: "<= 3",
    met: replayTimeVsMutableFold <= 3,
  },
  {
    name: "at least 100× faster than one produce per event",
    measure: "speedupVsProducePerEvent",
    value: speedupVsProducePerEvent,
    target: ">= 100",
    met: speedupVsProducePerEvent >= 100,
  },
  {
    name: "median random seek under 2 ms",
    measure: "seekMedianMs",
    value: seekMedianMs,
    target: "< 2",
    met: seekMedianMs < 2,
  },
  {
    name: "snapshots' extra memory below the events' memory",
    measure: "snapshotBytes / eventBytes",
    value: snapshotBytes / eventBytes,
    target: "< 1",
    met: snapshotBytes < eventBytes,
  },
  {
    name: "20,000 inserted events apply in at most 15× the time of 2,000 (near-linear)",
    measure: "edits.atRatio",
    value: edits.atRatio,
    target: "<= 15",
    met: edits.atRatio <= 15,
  },
  {
    name: '`sitrep state` starts within 4× `node -e ""`',
    measure: "startup.ratio",
    value: startup.ratio,
    target: "<= 4",
    met: startup.ratio <= 4,
  },
  {
    name: "`sitrep chart ... fronts --out` within 3× `sitrep state`",
    measure: "chart.ratio",
    value: chart.ratio,
    target: "<= 3",
    met: chart.ratio <= 3,
  },
  ...(simulation === null
    ? []
    : [
        {
          name: "a simulated run costs at most 2× a plain replay",
          measure: "simulation.runToReplay",
          value: simulation.runToReplay,
          target: "<= 2",
          met: simulation.runToReplay <= 2,
        },
        {
          name: "two workers give at least 1.7× one worker's throughput, once started",
          measure: "simulation.twoWorkerSteadySpeedup",
          value: simulation.twoWorkerSteadySpeedup,
          target: ">= 1.7",
          met: simulation.twoWorkerSteadySpeedup >= 1.7,
        },
      ]),
  ...(forecasting === null
    ? []
    : [
        {
          name: "a forward run (2017-08-20 to 2017-10-31) costs at most 3× a plain replay",
          measure: "forecasting.runToReplay",
          value: forecasting.runToReplay,
          target: "<= 3",
          met: forecasting.runToReplay <= 3,
        },
        {
          name: "2,000 forecast runs: two workers give at least 1.7× one's throughput, once started",
          measure: "forecasting.twoWorkerWarmSpeedup",
          value: forecasting.twoWorkerWarmSpeedup,
          target: ">= 1.7",
          met: forecasting.twoWorkerWarmSpeedup >= 1.7,
        },
        ...(forecasting.backtest === null
          ? []
          : [
              {
                name: "weekly backtest of central-syria-2017, 1,000 runs per origin, under a minute",
                measure: "forecasting.backtest.seconds",
                value: forecasting.backtest.seconds,
                target: "< 60",
                met: forecasting.backtest.seconds < 60,
              },
            ]),
      ]),
];

const result = {
  seed: config.seed,
  events: n,
  places: config.places,
  snapshotEvery: every,
  repeats: config.repeats,
  machine,
  kinds: campaign.kinds,
  mix: MIX,
  sieges: campaign.sieges,
  verifiedAgainstCreateEvent: campaign.verified,
  replayEventsPerSecond: n / (replayMedian / 1000),
  mutableFoldEventsPerSecond: n / (foldMedian / 1000),
  replayTimeVsMutableFold,
  speedupVsProducePerEvent,
  producePerEventUs: producePerEventMs * 1000,
  produceProjectedMs,
  produceWindow: { from: windowStart, events: windowSize },
  applySegmentPerEventUs: segmentPerEventMs * 1000,
  speedupVsProducePerEventSameWindow: producePerEventMs / segmentPerEventMs,
  seekMedianMs,
  seekP95Ms: percentile(seekMs, 95),
  seekMeanMs: mean(seekMs),
  seekMaxMs: Math.max(...seekMs),
  seeks: config.seeks,
  eventBytes,
  bytesPerEvent: eventBytes / n,
  snapshotBytes,
  snapshotCount,
  bytesPerSnapshot: snapshotBytes / snapshotCount,
  timelineBytes: timelineBytesMedian,
  timelineWithoutSnapshotsBytes: baseTimeline.bytes,
  timingsMs: {
    generate: generation.ms,
    replay: replayMs,
    replayMedian,
    mutableFold: foldMs,
    mutableFoldMedian: foldMedian,
    producePerEventWindow: produceMs,
    applySegmentWindow: segmentMs,
    timelineBuild: buildMs,
    timelineBuildMedian: median(buildMs),
    total: performance.now() - started,
  },
  diagnosis: {
    withoutSiegeEvents: {
      events: noSieges.length,
      replayMedianMs: median(noSiegeReplayMs),
      mutableFoldMedianMs: median(noSiegeFoldMs),
      replayTimeVsMutableFold: median(noSiegeReplayMs) / median(noSiegeFoldMs),
    },
  },
  sweep,
  simulation,
  forecasting,
  edits,
  startup,
  chart,
  targets: targets.map((t) => ({ ...t })),
  allTargetsMet: targets.every((t) => t.met),
};

if (opts.json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const kindRows: Row[] = Object.entries(campaign.kinds)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => [k, count(v ?? 0), `${(((v ?? 0) / n) * 100).toFixed(2)}%`]);
  const out = [
    table("Run", [
      ["seed", config.seed],
      ["events", count(n)],
      ["places", count(config.places)],
      ["repeats (medians)", String(config.repeats)],
      ["machine", `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB`],
      ["node", `${machine.node} (V8 ${machine.v8})`],
      ["generated in", ms(generation.ms), `${campaign.verified} sampled events identical to createEvent's`],
      ["sieges imposed / fallen", `${campaign.sieges.imposed} / ${campaign.sieges.fallen}`],
    ]),
    table("Event mix", kindRows),
    table("Replay", [
      ["engine replay(initial, events)", ms(replayMedian), `${count(result.replayEventsPerSecond)} events/s`],
      ["mutable fold, same rules", ms(foldMedian), `${count(result.mutableFoldEventsPerSecond)} events/s`],
      ["engine / mutable fold", ratio(replayTimeVsMutableFold)],
      [
        "one produce per event",
        `${us(result.producePerEventUs)}/event`,
        `${count(windowSize)} events from #${count(windowStart)}, x ${count(n)} = ${ms(produceProjectedMs)}`,
      ],
      ["speedup vs one produce per event", ratio(speedupVsProducePerEvent)],
      [
        "  same window, applySegment",
        `${us(result.applySegmentPerEventUs)}/event`,
        `${ratio(result.speedupVsProducePerEventSameWindow)} faster than produce`,
      ],
      [
        "diagnosis: without siege events",
        ratio(result.diagnosis.withoutSiegeEvents.replayTimeVsMutableFold),
        `replay ${ms(result.diagnosis.withoutSiegeEvents.replayMedianMs)}, fold ${ms(result.diagnosis.withoutSiegeEvents.mutableFoldMedianMs)}, ${count(noSieges.length)} events`,
      ],
    ]),
    table(`Timeline (snapshot every ${every} events)`, [
      ["Timeline.build", ms(result.timingsMs.timelineBuildMedian), `${count(snapshotCount + 1)} snapshots`],
      ["random seek, median", ms(seekMedianMs), `${count(config.seeks)} seeks`],
      ["random seek, p95", ms(result.seekP95Ms)],
      ["random seek, max", ms(result.seekMaxMs)],
    ]),
    table("Memory (heap + external after forced GC, before/after)", [
      ["events", mib(eventBytes), `${count(result.bytesPerEvent)} B/event`],
      ["snapshots (the difference)", mib(snapshotBytes), `${count(result.bytesPerSnapshot)} B/snapshot`],
      ["whole Timeline", mib(timelineBytesMedian), "snapshots, final state, time and id indexes"],
      ["Timeline without snapshots", mib(baseTimeline.bytes), "final state, time and id indexes"],
    ]),
    ...(sweep.length === 0
      ? []
      : [
          table(
            "Snapshot interval sweep (snapshots' memory vs events', seek times)",
            sweep.map(
              (x): Row => [
                `every ${x.snapshotEvery}`,
                mib(x.snapshotBytes),
                `${ratio(x.snapshotBytes / eventBytes)} of events, seek median ${ms(x.seekMedianMs)}, p95 ${ms(x.seekP95Ms)}`,
              ],
            ),
          ),
        ]),
    ...(simulation === null
      ? []
      : [
          table(`Simulation (${count(simulation.runs)} runs of ${simulation.scenario}, ${simulation.events} events)`, [
            ["one plain replay", `${count(simulation.replayUs)} µs`],
            ["one run, in this thread", `${count(simulation.runUs)} µs`, `${ratio(simulation.runToReplay)} a replay`],
            ["runs per second, one worker", count(simulation.oneWorkerRunsPerSec)],
            [
              "runs per second, two workers",
              count(simulation.twoWorkersRunsPerSec),
              `${ratio(simulation.twoWorkerSpeedup)} one worker, start-up included`,
            ],
            [
              "two workers over one, once started",
              ratio(simulation.twoWorkerSteadySpeedup),
              `first results after ${ms(simulation.workerStartMs.one)} (one), ${ms(simulation.workerStartMs.two)} (two)`,
            ],
            [
              "runs per second, warm pool of two",
              count(simulation.warmPoolRunsPerSec),
              `${ratio(simulation.warmPoolSpeedup)} one worker started for the call`,
            ],
          ]),
        ]),
    ...(forecasting === null
      ? []
      : [
          table("Forecast (central-syria-2017 from 2017-08-20 to 2017-10-31)", [
            ["one plain replay of the scenario", `${count(forecasting.replayUs)} µs`],
            [
              "one forward run, in this thread",
              `${count(forecasting.runUs)} µs`,
              `${ratio(forecasting.runToReplay)} a replay`,
            ],
            ["runs per second, one worker", count(forecasting.oneWorkerRunsPerSec), `${count(forecasting.runs)} runs`],
            [
              "runs per second, two workers",
              count(forecasting.twoWorkersRunsPerSec),
              `${ratio(forecasting.twoWorkerSpeedup)} one worker, start-up included; same result: ${forecasting.identical}`,
            ],
            [
              "runs per second, warm pools of one / two",
              `${count(forecasting.warmOneWorkerRunsPerSec)} / ${count(forecasting.warmTwoWorkersRunsPerSec)}`,
              `${ratio(forecasting.twoWorkerWarmSpeedup)} once started`,
            ],
            ...(forecasting.backtest === null
              ? []
              : [
                  [
                    "weekly backtest",
                    `${forecasting.backtest.seconds.toFixed(1)} s`,
                    `${forecasting.backtest.origins} origins x ${count(forecasting.backtest.runs)} runs on ${forecasting.backtest.workers} workers; skill ${forecasting.backtest.skill?.toFixed(2)}, 90% coverage ${forecasting.backtest.coverage90?.toFixed(2)}`,
                  ] as Row,
                ]),
          ]),
        ]),
    table("Branch edits on central-syria-2017 (median)", [
      [`${count(edits.small)} inserts at times`, ms(edits.atMs[0])],
      [`${count(edits.large)} inserts at times`, ms(edits.atMs[1]), `${ratio(edits.atRatio)} ${count(edits.small)}`],
      [`a chain of ${count(edits.small)} inserts, each after the last`, ms(edits.chainMs[0])],
      [
        `a chain of ${count(edits.large)} inserts`,
        ms(edits.chainMs[1]),
        `${ratio(edits.chainRatio)} ${count(edits.small)}`,
      ],
    ]),
    table("CLI start (whole process, median)", [
      ['node -e ""', ms(startup.nodeMs)],
      [startup.command, ms(startup.stateMs), `${ratio(startup.ratio)} node -e ""`],
    ]),
    table("Chart (whole process, median)", [
      [chart.baseline, ms(chart.stateMs)],
      [chart.command, ms(chart.chartMs), `${ratio(chart.ratio)} sitrep state`],
    ]),
    table(
      "Targets",
      targets.map(
        (t): Row => [
          t.name,
          t.measure === "seekMedianMs"
            ? ms(t.value)
            : t.measure.endsWith("seconds")
              ? `${t.value.toFixed(1)} s`
              : ratio(t.value),
          `${t.target.padEnd(6)} ${t.met ? "met" : "MISSED"}`,
        ],
      ),
    ),
  ];
  process.stdout.write(`${out.join("\n\n")}\n`);
}
progress(`done in ${ms(performance.now() - started)}`);
