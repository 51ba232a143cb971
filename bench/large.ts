/**
 * The large-scenario benchmark: `npm run bench:large [-- --events N --repeats R --million]`.
 *
 * On UCDP-shaped scenarios made from the shipped GED Iraq rows (bench/ucdp-scenario.ts), in one
 * run: loading and validating N events (default 100,000) against `JSON.parse` of the same file
 * and a replay of the loaded events, and the heap the loaded events keep; `sitrep state` on the
 * 7,473-event file (compiled cache warm) against `sitrep state central-syria-2017`, whole
 * processes; and with `--million`, a 1,000,000-event NDJSON file loaded, replayed and sought in
 * one process under Node's default heap limit. See BENCHMARKS.md.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../engine/paths.js";
import { benchLoad } from "./load.js";
import { exposedGc, median, timeNode } from "./measure.js";
import { gedScenario, gedScenarioJson, writeGedScenarioNdjson } from "./ucdp-scenario.js";

const { values: opts } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    repeats: { type: "string", default: "3" },
    "cli-repeats": { type: "string", default: "7" },
    million: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
  strict: true,
});

if (exposedGc() === undefined) {
  // Memory is measured after forced collections; the heap limit stays Node's default.
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--expose-gc", process.argv[1] ?? "", ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

const progress = (m: string) => process.stderr.write(`[large] ${m}\n`);
const work = mkdtempSync(join(tmpdir(), "sitrep-bench-large-"));
const cli = join(packageRoot(), "dist", "replay", "cli", "main.js");
if (!existsSync(cli)) throw new Error("the CLI is not built: run `npm run build` first");

/* ---------- load against JSON.parse and replay ---------- */

const load = benchLoad(Number(opts.events), Number(opts.repeats), progress);

/* ---------- sitrep state on the 7,473-event file, cache warm, against a built-in scenario ---------- */

const iraq = join(work, "ucdp-ged-iraq.json");
writeFileSync(iraq, gedScenarioJson(gedScenario(7473)));
const env = { ...process.env, SITREP_CACHE_DIR: join(work, "cache") };
const at = "2015-05-17";
const user = [cli, "state", iraq, "--at", at, "--json"];
const builtIn = [cli, "state", "central-syria-2017", "--at", "2017-09-05", "--json"];
const firstMs = timeNode(user, env); // fills the cache
const noCacheMs = timeNode([...user, "--no-cache"], env);
timeNode(builtIn, env);
const userMs: number[] = [];
const builtInMs: number[] = [];
for (let i = 0; i < Number(opts["cli-repeats"]); i++) {
  userMs.push(timeNode(user, env));
  builtInMs.push(timeNode(builtIn, env));
}
const cliResult = {
  command: `sitrep state <7,473-event file> --at ${at} --json`,
  firstMs,
  noCacheMs,
  cachedMs: median(userMs),
  builtInMs: median(builtInMs),
  ratio: median(userMs) / median(builtInMs),
};
progress(`state, cached: ${cliResult.cachedMs.toFixed(0)} ms against ${cliResult.builtInMs.toFixed(0)} ms`);

/* ---------- a million events, NDJSON, default heap ---------- */

let million: Record<string, unknown> | null = null;
if (opts.million) {
  const file = join(work, "ucdp-1m.ndjson");
  const fd = openSync(file, "w");
  writeGedScenarioNdjson(gedScenario(1_000_000), (t) => writeSync(fd, t));
  closeSync(fd);
  progress("1,000,000 events written as NDJSON; loading, replaying and seeking in a child with the default heap");
  const child = spawnSync(process.execPath, ["--import", "tsx", join(packageRoot(), "bench", "million.ts"), file], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`the million-event run failed (${child.status})`);
  million = JSON.parse(child.stdout) as Record<string, unknown>;
}
rmSync(work, { recursive: true, force: true });

const targets = [
  { name: "load within 5× JSON.parse of the file", value: load.vsJsonParse, met: load.vsJsonParse <= 5 },
  { name: "load within 2× a replay of the loaded events", value: load.vsReplay, met: load.vsReplay <= 2 },
  { name: "loaded events under 1 KB each", value: load.bytesPerEvent, met: load.bytesPerEvent < 1024 },
  {
    name: "state on the 7,473-event file within 2× a built-in scenario",
    value: cliResult.ratio,
    met: cliResult.ratio <= 2,
  },
];
const result = { load, cli: cliResult, million, targets };
if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  const lines = [
    `load ${load.events} events (${(load.fileBytes / 2 ** 20).toFixed(1)} MiB): JSON.parse ${f(load.jsonParseMs)} ms, load ${f(load.loadMs)} ms, replay ${f(load.replayMs)} ms`,
    `  load / JSON.parse ${f(load.vsJsonParse)}×, load / replay ${f(load.vsReplay)}×, ${f(load.bytesPerEvent)} B/event kept`,
    `  floor of a complete load (JSON.parse + the load's rule check, ${f(load.rulesMs)} ms): ${f(load.floorMs)} ms, ${f(load.floorVsReplay)}× a replay; load / floor ${f(load.vsFloor)}×`,
    `${cliResult.command}: first ${f(cliResult.firstMs)} ms, --no-cache ${f(cliResult.noCacheMs)} ms, cached ${f(cliResult.cachedMs)} ms; built-in ${f(cliResult.builtInMs)} ms: ${f(cliResult.ratio)}×`,
    ...(million === null ? [] : [`million: ${JSON.stringify(million)}`]),
    ...targets.map((t) => `${t.met ? "met   " : "MISSED"} ${t.name}: ${f(t.value)}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
