import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleEvent } from "../../engine/events/assemble.js";
import { eventInput, type ParsedEvent } from "../../engine/events/schema.js";
import { campaignArb } from "../../engine/testing/arbitraries/log.js";
import { CI_SEED, propertyParams } from "../../engine/testing/index.js";
import { resolveTime } from "../../engine/time/event-time.js";

// A loaded event is its parsed event with the time resolved, the places and actors it names
// listed, and its note last. Written out per kind for speed; held here to the plain spread it
// replaced, keys in the same order, absent fields absent, on generated events of every kind.

const ZONE = "Asia/Damascus";

function bySpread(parsed: ParsedEvent, time: unknown, places: readonly string[], actors: readonly string[]) {
  const { note, ...rest } = parsed;
  return { ...rest, ...(note === undefined ? {} : { note }), time, places, actors };
}

/** Keys in order and values, undefined fields written out, so two events compare exactly. */
const exact = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? { undefined: true } : x));

describe("assembling a loaded event", () => {
  it("gives what spreading the parsed event gave, for generated events of every kind", () => {
    const events = campaignArb({ maxEvents: 12 }).map((c) => c.inputs as readonly unknown[]);
    const kinds = new Set<string>();
    fc.assert(
      fc.property(events, (inputs) => {
        for (const input of inputs) {
          const parsed = eventInput.parse(input);
          kinds.add(parsed.type);
          const time = resolveTime(parsed.time, ZONE);
          const places = ["p-1"];
          const actors = ["a-1", "a-2"];
          expect(exact(assembleEvent(parsed, time, places, actors))).toBe(
            exact(bySpread(parsed, time, places, actors)),
          );
        }
      }),
      propertyParams<unknown>({ seed: CI_SEED, numRuns: 200 }),
    );
    expect(kinds.size).toBeGreaterThan(10);
  });

  it("puts a note last and leaves out an undefined one", () => {
    // An event of the flagship scenario with an encoder's note, as its file writes it.
    const file = JSON.parse(readFileSync(join("scenarios", "central-syria-2017.json"), "utf8")) as {
      events: Record<string, unknown>[];
    };
    const input = file.events.find((e) => typeof e.note === "string");
    expect(input).toBeDefined();
    const parsed = eventInput.parse(input);
    const time = resolveTime(parsed.time, ZONE);
    expect(Object.keys(assembleEvent(parsed, time, [], [])).at(-1)).toBe("note");
    const { note: _, ...without } = input ?? {};
    expect(Object.keys(assembleEvent(eventInput.parse(without), time, [], []))).not.toContain("note");
  });
});
