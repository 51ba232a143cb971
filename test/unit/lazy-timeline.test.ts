import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { Timeline } from "../../engine/timeline/timeline.js";
import { builtIn } from "../support/scenarios.js";

describe("a lazy timeline", () => {
  it("applies nothing at build and gives, seek after seek in any order, the states a built timeline gives", () => {
    const { scenario, timeline } = builtIn("central-syria-2017");
    const lazy = Timeline.build(scenario.initial, scenario.events, { snapshotEvery: 16, lazy: true });
    expect(lazy.snapshotCount).toBe(1);
    const n = scenario.events.length;
    const first = Math.floor(n * 0.6);
    expect(fingerprint(lazy.stateAfter(first))).toBe(fingerprint(timeline.stateAfter(first)));
    // it kept the snapshot of every segment it passed, and none beyond the moment asked
    expect(lazy.snapshotCount).toBe(Math.floor(first / 16) + 1);
    expect(lazy.snapshotCount).toBeLessThan(timeline.snapshotCount);
    for (const count of [3, n, Math.floor(n / 3), 0, n - 1, 17, 16]) {
      expect(fingerprint(lazy.stateAfter(count))).toBe(fingerprint(timeline.stateAfter(count)));
    }
  });
});
