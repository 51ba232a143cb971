/**
 * Branch-edit benchmark: applying k inserted events to central-syria-2017's log, for k =
 * 2,000 and 20,000 (each an insert `at` the time of a base event, spread over the campaign),
 * and a chain of k inserts each after the one before. Applying edits is near-linear when the
 * 20,000 case costs about 10× the 2,000 case (a quadratic step would make it about 100×).
 */
import { join } from "node:path";
import type { DomainEvent } from "../engine/events/event.js";
import { scenariosDir } from "../engine/paths.js";
import { loadScenarioFile } from "../engine/scenario/load.js";
import { applyCompiled, type CompiledEdit } from "../engine/whatif/apply.js";
import { median } from "./measure.js";

/** What `benchEdits` measured (milliseconds, medians). */
export interface EditsResult {
  readonly small: number;
  readonly large: number;
  /** Median ms to apply `small` inserts `at` times, and `large` ones. */
  readonly atMs: readonly [number, number];
  /** Median ms to apply chains of `small` and `large` inserts, each after the one before. */
  readonly chainMs: readonly [number, number];
  /** atMs[1] / atMs[0]; near-linear: about large / small. */
  readonly atRatio: number;
  readonly chainRatio: number;
}

function inserts(log: readonly DomainEvent[], k: number, chain: boolean): CompiledEdit[] {
  const first = log[0] as DomainEvent;
  return Array.from({ length: k }, (_, index): CompiledEdit => {
    const like = chain ? first : (log[(index * 7919) % log.length] as DomainEvent);
    const event = Object.freeze({ ...like, id: `bench-${index}` }) as DomainEvent;
    const text = `insert ${index}`;
    return chain
      ? { op: "insert", index, event, anchor: "after", target: index === 0 ? first.id : `bench-${index - 1}`, text }
      : { op: "insert", index, event, anchor: "at", text };
  });
}

function timeApply(log: readonly DomainEvent[], edits: readonly CompiledEdit[], zone: string, repeats: number): number {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    applyCompiled(log, edits, zone);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Times applying `small` and `large` inserts to central-syria-2017's log, `repeats` times each. */
export function benchEdits(small = 2_000, large = 20_000, repeats = 5): EditsResult {
  const scenario = loadScenarioFile(join(scenariosDir(), "central-syria-2017.json"));
  const log = scenario.events;
  const zone = scenario.timeZone;
  const time = (k: number, chain: boolean) => timeApply(log, inserts(log, k, chain), zone, repeats);
  time(small, false); // warm-up
  const atMs = [time(small, false), time(large, false)] as const;
  const chainMs = [time(small, true), time(large, true)] as const;
  return { small, large, atMs, chainMs, atRatio: atMs[1] / atMs[0], chainRatio: chainMs[1] / chainMs[0] };
}
