import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { scenariosDir } from "../../engine/paths.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { applySegment } from "../../engine/reducer/reduce.js";
import { rulesChecked } from "../../engine/scenario/checked.js";
import { readChunkedBody, writeChunkedBody } from "../../engine/scenario/chunked-entry.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import { decodeState, encodeState } from "../../engine/scenario/state-codec.js";
import { storedLog } from "../../engine/scenario/stored-log.js";
import type { State } from "../../engine/state/types.js";
import { CI_SEED, campaignArb, propertyParams } from "../../engine/testing/index.js";
import { replay } from "../../engine/timeline/replay.js";
import { scenarioOf } from "../support/generated-scenario.js";
import { builtIn } from "../support/scenarios.js";

const BUILT_IN = ["central-syria-2017", "anbar-2015", "deir-ez-zor-2017-01"] as const;

/** Every object and array of a value, with its path, its prototype and whether it is frozen. */
function shape(value: unknown, path = "$", out: string[] = []): string[] {
  if (typeof value !== "object" || value === null) return out;
  const proto = Object.getPrototypeOf(value);
  const kind = Array.isArray(value)
    ? "array"
    : proto === null
      ? "bare"
      : proto === Object.prototype
        ? "object"
        : "other";
  out.push(`${path} ${kind}${Object.isFrozen(value) ? "" : " UNFROZEN"}`);
  for (const [k, v] of Object.entries(value)) shape(v, `${path}.${k}`, out);
  return out;
}

describe("a checkpoint's codec", () => {
  // Would fail if a record without a prototype came back with Object's (the reducer then copies
  // it with one, and a key like "constructor" reads a function), if refs were a copy, or if any
  // part of the restored state were left unfrozen (a replay from it would write into it).
  it("restores a replayed state of each built-in scenario exactly: same data, records without a prototype, shared refs, deeply frozen", () => {
    for (const id of BUILT_IN) {
      const { scenario, timeline } = builtIn(id);
      const n = scenario.events.length;
      for (const count of [0, 1, Math.floor(n / 3), Math.floor((2 * n) / 3), n]) {
        const state = timeline.stateAfter(count);
        const restored = decodeState(encodeState(state), state.refs);
        expect(fingerprint(restored), `${id} after ${count}`).toBe(fingerprint(state));
        expect(restored).toEqual(state);
        expect(restored.refs).toBe(state.refs);
        const { refs: _a, ...was } = state;
        const { refs: _b, ...now } = restored;
        expect(shape(now)).toEqual(shape(was));
        expect(shape(restored).filter((line) => line.endsWith("UNFROZEN"))).toEqual([]);
        // the rest of the log replays from it to the state it replays to from the start
        expect(fingerprint(applySegment(restored, scenario.events, count, n))).toBe(fingerprint(timeline.final));
      }
    }
  });

  it("refuses text it did not write", () => {
    const { scenario } = builtIn("anbar-2015");
    expect(() => decodeState("{}", scenario.initial.refs)).toThrow(TypeError);
    const text = encodeState(scenario.initial);
    expect(() => decodeState(text.replace(/^\[\[/, "[[999999,"), scenario.initial.refs)).toThrow(TypeError);
  });
});

describe("a scenario restored from a chunked entry", () => {
  it("holds what was written, and the same body is written for the same scenario", () => {
    for (const id of BUILT_IN) {
      const { scenario } = builtIn(id);
      const body = writeChunkedBody(scenario, 16).bytes;
      expect(writeChunkedBody(scenario, 16).bytes.equals(body)).toBe(true);
      const restored = readChunkedBody(body, {}, "x.json");
      expect(rulesChecked(restored)).toBe(true);
      expect(restored.file).toBe("x.json");
      expect(restored.events).toEqual(scenario.events);
      expect(restored.inferred).toEqual(scenario.inferred);
      expect(restored.documents).toEqual(scenario.documents);
      expect(fingerprint(restored.initial)).toBe(fingerprint(scenario.initial));
      expect(Object.isFrozen(restored.events[0]?.time)).toBe(true);
      expect(storedLog(restored)?.placesNamed).toEqual([...new Set(scenario.events.flatMap((e) => e.places))].sort());
      // without inferred holdings: none, and an initial state without them
      const bare = readChunkedBody(body, { infer: false }, "x.json");
      expect(bare.inferred).toEqual([]);
      const uninferred = loadScenarioFile(join(scenariosDir(), `${id}.json`), { infer: false });
      expect(fingerprint(bare.initial)).toBe(fingerprint(uninferred.initial));
      expect(storedLog(bare)?.stored(16)).toBeUndefined(); // the checkpoints were replayed with them
    }
  });

  it("answers every moment of each built-in scenario as a replay from the start does, asked in any order", () => {
    for (const id of BUILT_IN) {
      const { scenario, timeline } = builtIn(id);
      const restored = readChunkedBody(writeChunkedBody(scenario, 32).bytes, {}, "x.json");
      const lazy = Campaign.of(restored, { lazy: true, snapshotEvery: 16 });
      const n = scenario.events.length;
      for (const wanted of [Math.floor(n / 2), 3, n, 64, 63, 0, n - 1, 33]) {
        const count = Math.min(wanted, n);
        expect(fingerprint(lazy.timeline.stateAfter(count)), `${id} after ${count}`).toBe(
          fingerprint(timeline.stateAfter(count)),
        );
      }
    }
  });

  // Would fail if a checkpoint were used without its digest checked, if a damaged one were used
  // (the answers would differ) or not reported, or if the checkpoints were all read up front.
  it("reads a checkpoint only when a seek asks for it, and answers as a replay does when one is damaged, reporting it", () => {
    const { scenario, timeline } = builtIn("central-syria-2017");
    const written = writeChunkedBody(scenario, 16);
    const tail = Buffer.from(written.bytes);
    const at = written.checked + Math.floor((tail.length - written.checked) / 2);
    tail[at] = (tail[at] as number) ^ 0x01; // one bit in a checkpoint halfway along them
    const reads: number[] = [];
    let damaged = 0;
    const source = {
      read: (offset: number, length: number) => {
        reads.push(offset);
        return tail.subarray(offset, offset + length);
      },
      damaged: () => damaged++,
    };
    const restored = readChunkedBody(written.bytes.subarray(0, written.checked), {}, "x.json", source, tail.length);
    expect(reads).toEqual([]);
    const lazy = Campaign.of(restored, { lazy: true, snapshotEvery: 16 });
    const n = scenario.events.length;
    expect(fingerprint(lazy.timeline.stateAfter(40))).toBe(fingerprint(timeline.stateAfter(40)));
    expect(reads).toHaveLength(1); // the checkpoint after 32 events, nothing else
    for (let count = n; count >= 0; count -= 7) {
      expect(fingerprint(lazy.timeline.stateAfter(count)), `after ${count}`).toBe(
        fingerprint(timeline.stateAfter(count)),
      );
    }
    expect(damaged).toBeGreaterThan(0);
  });

  // Property: restoring a checkpoint and replaying the events after it equals replaying from the
  // start. Would fail on a checkpoint stored under the wrong count, a chunk read at the wrong
  // offset or a seek that crosses a chunk's end badly, a codec that loses data, or a restored
  // state that a later replay writes into (it would change the next seek's answer).
  it("restoring a checkpoint then replaying equals replaying from the start (property, by fingerprint)", () => {
    fc.assert(
      fc.property(
        campaignArb(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (c, chunk, every, picks) => {
          const restored = readChunkedBody(writeChunkedBody(scenarioOf(c), chunk).bytes, {}, "generated.json");
          expect(restored.events).toEqual(c.events);
          const timeline = Campaign.of(restored, { lazy: true, snapshotEvery: every }).timeline;
          const n = c.events.length;
          let state: State | undefined;
          for (const p of picks) {
            const count = p % (n + 1);
            state = timeline.stateAfter(count);
            expect(fingerprint(state)).toBe(fingerprint(applySegment(restored.initial, c.events, 0, count)));
          }
          expect(fingerprint(timeline.final)).toBe(fingerprint(replay(restored.initial, c.events)));
        },
      ),
      propertyParams({ seed: CI_SEED }),
    );
  });
});
