/**
 * Run by bench/map.ts in a fresh child process: where the time of
 * `sitrep map <file> --at <date> --out x.svg` goes, with the file's compiled cache entry warm,
 * stage by stage, doing what the command does (bench/map.ts times the whole process). Prints one
 * JSON object of milliseconds on stdout; garbage collection is counted in the stage that caused
 * it. Module loading is not in the stages (it is in the whole process's time).
 *
 * Usage: `node --import tsx bench/map-stages.ts <scenario.json> <date> <cache dir>`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Campaign } from "../engine/campaign.js";
import { cacheSlot } from "../engine/scenario/cache-entry.js";
import { readChunkedBody } from "../engine/scenario/chunked-entry.js";
import { mapBase } from "../replay/map/base.js";
import { mapSvg } from "../replay/map/svg.js";

const [file, at, dir] = process.argv.slice(2);
if (file === undefined || at === undefined || dir === undefined)
  throw new Error("usage: map-stages.ts <scenario.json> <date> <cache dir>");

const stages: Record<string, number> = {};
function stage<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  const value = fn();
  stages[name] = performance.now() - t0;
  return value;
}

const slot = stage("hash the scenario file", () => cacheSlot(file, dir, false));
if (slot === null) throw new Error(`cannot read ${file}`);
const body = stage("read the entry, check its digest", () => {
  const bytes = readFileSync(slot.file);
  const b = bytes.subarray(bytes.indexOf(0x0a) + 1);
  // what the command checks before it parses anything
  createHash("sha256").update(b).digest("hex");
  return b;
});
const scenario = stage("parse and restore the small parts (header, catalogue, initial facts, freeze)", () =>
  readChunkedBody(body, {}, file),
);
const campaign = Campaign.of(scenario, { lazy: true });
const snap = stage("restore the checkpoint, parse a chunk, replay up to the moment", () => {
  return campaign.at(at);
});
const base = stage("base map (fit, project places and borders)", () => mapBase(scenario));
const svg = stage("draw the SVG (markers, labels, fronts, legend)", () => mapSvg(base, snap.state, snap.at.ms, at));

process.stdout.write(
  `${JSON.stringify({
    events: campaign.timeline.length,
    applied: snap.state.applied,
    svgBytes: Buffer.byteLength(svg),
    stages,
  })}\n`,
);
