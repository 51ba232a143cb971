/**
 * A survey of time-zone transitions, for the sampling step of engine/time/zone-transitions.ts:
 * `npx tsx bench/zone-transitions.ts [--from 1900] [--to 2100] [--step-minutes 60] [--check]`.
 *
 * For every zone `Intl.supportedValuesOf("timeZone")` lists, the UTC offset is sampled every
 * step from `--from` to `--to` (V8's local offset with `process.env.TZ` set to the zone, which
 * reads the same ICU data as `Intl` and is far cheaper); a change between two samples is a
 * transition located to within the step. It prints the smallest gaps between consecutive
 * transitions over all zones. Transitions that cancel within one sampling step are beyond what
 * it can see, so the step should stay well below the table's.
 *
 * With `--check` it also holds every zone's `ZoneTransitions` to the samples (where the offset is
 * a whole number of minutes) and to luxon's `Zone.offset` on both sides of each transition,
 * located to the second by bisection with luxon.
 */

import { parseArgs } from "node:util";
import { Info } from "luxon";
import { ZoneTransitions } from "../engine/time/zone-transitions.js";

const { values: opts } = parseArgs({
  options: {
    from: { type: "string", default: "1900" },
    to: { type: "string", default: "2100" },
    "step-minutes": { type: "string", default: "60" },
    check: { type: "boolean", default: false },
  },
  strict: true,
});
const step = Number(opts["step-minutes"]) * 60_000;
const from = Date.UTC(Number(opts.from), 0, 1);
const to = Date.UTC(Number(opts.to) + 1, 0, 1);
const zones = Intl.supportedValuesOf("timeZone");

interface Gap {
  zone: string;
  days: number;
  first: string;
  second: string;
}
const gaps: Gap[] = [];
let transitions = 0;
let mismatches = 0;
const d = new Date(0);
const localOffset = (ms: number): number => {
  d.setTime(ms);
  return -d.getTimezoneOffset();
};

/** The first second after `lo` at or before `hi` at which luxon's offset is no longer the one at `lo`. */
function exactTransition(offset: (ms: number) => number, lo: number, hi: number): number {
  const before = offset(lo);
  let a = lo;
  let b = hi;
  while (b - a > 1000) {
    const mid = a + Math.floor((b - a) / 2000) * 1000;
    if (offset(mid) === before) a = mid;
    else b = mid;
  }
  return b;
}

for (const zone of zones) {
  process.env.TZ = zone;
  const luxon = Info.normalizeZone(zone);
  const table = opts.check ? new ZoneTransitions(luxon) : null;
  let prev = localOffset(from);
  let last: number | null = null;
  let min: Gap | null = null;
  for (let t = from + step; t <= to; t += step) {
    const o = localOffset(t);
    if (table !== null) {
      const fast = table.offsetAt(t);
      if (fast !== null && Number.isInteger(fast) && fast !== o) {
        mismatches++;
        console.log(`${zone}: ${new Date(t).toISOString()} table ${fast}, Date ${o}`);
      }
    }
    if (o === prev) continue;
    transitions++;
    if (table !== null) {
      const exact = exactTransition((ms) => luxon.offset(ms), t - step, t);
      for (const ms of [exact - 1000, exact - 1, exact, exact + 999]) {
        const fast = table.offsetAt(ms);
        if (fast !== luxon.offset(ms)) {
          mismatches++;
          console.log(`${zone}: ${new Date(ms).toISOString()} table ${fast}, luxon ${luxon.offset(ms)}`);
        }
      }
    }
    if (last !== null && (min === null || t - last < min.days * 86_400_000))
      min = {
        zone,
        days: (t - last) / 86_400_000,
        first: new Date(last).toISOString(),
        second: new Date(t).toISOString(),
      };
    last = t;
    prev = o;
  }
  if (min !== null) gaps.push(min);
}
gaps.sort((a, b) => a.days - b.days);
console.log(
  `${zones.length} zones, ${opts.from}-${opts.to}, sampled every ${opts["step-minutes"]} minutes: ${transitions} transitions`,
);
console.log("smallest gap between consecutive transitions, by zone (days, zone, both transitions to within a step):");
for (const g of gaps.slice(0, 20)) console.log(`${g.days.toFixed(3).padStart(9)}  ${g.zone}  ${g.first}  ${g.second}`);
if (opts.check) console.log(`check against luxon: ${mismatches} mismatches`);
if (mismatches > 0) process.exitCode = 1;
