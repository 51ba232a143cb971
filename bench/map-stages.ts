/**
 * Run by bench/map.ts in a fresh child process: where the time of
 * `sitrep map <file> --at <date> --out x.svg` goes, with the file's compiled cache entry warm,
 * stage by stage, doing what the command does (bench/map.ts times the whole process). Prints one
 * JSON object of milliseconds on stdout; garbage collection is counted in the stage that caused
 * it. Module loading is not in the stages (it is in the whole process's time).
 *
 * Usage: `node --import tsx bench/map-stages.ts <scenario.json> <date> <cache dir>`.
 */
import { Campaign } from "../engine/campaign.js";
import { cacheSlot, readCached } from "../engine/scenario/cache-entry.js";
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
const scenario = stage(
  "read the entry, check its digest, parse and restore the small parts (catalogue, initial facts)",
  () => {
    // what the command does: the head, then the part of the body its digest covers (the
    // checkpoints are read, each with its own digest, when the seek asks for one)
    const hit = readCached(slot, {}, file);
    if (hit === null) throw new Error(`no warm cache entry for ${file} in ${dir}`);
    return hit;
  },
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
