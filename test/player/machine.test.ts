import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import { type PlayerEvent, playerMachine } from "../../replay/player/machine.js";

/** The state and context after a list of events, from a log of `total` events. */
function run(total: number, events: readonly PlayerEvent[], index = 0) {
  let [s] = initialTransition(playerMachine, { total, index });
  const trail: string[] = [];
  for (const e of events) {
    [s] = transition(playerMachine, s, e);
    trail.push(String(s.value));
  }
  return { value: String(s.value), context: s.context, trail };
}

describe("the player machine", () => {
  it("starts loaded at the given index", () => {
    expect(run(5, [])).toMatchObject({ value: "loaded", context: { index: 0, total: 5, speed: 1 } });
  });

  it("steps, and settles at either end", () => {
    expect(run(5, [{ type: "STEP", by: 2 }]).value).toBe("stepping");
    expect(run(5, [{ type: "STEP", by: 9 }])).toMatchObject({ value: "atEnd", context: { index: 5 } });
    expect(
      run(5, [
        { type: "STEP", by: 2 },
        { type: "STEP", by: -4 },
      ]),
    ).toMatchObject({ value: "atStart", context: { index: 0 } });
    expect(run(5, [{ type: "SEEK", to: 3 }])).toMatchObject({ value: "stepping", context: { index: 3 } });
  });

  it("plays at a speed, one event a tick, and stops at the end", () => {
    const r = run(3, [
      { type: "PLAY", speed: 4 },
      { type: "TICK" },
      { type: "TICK" },
      { type: "TICK" },
      { type: "TICK" },
    ]);
    expect(r.trail).toEqual(["playing", "playing", "playing", "atEnd", "atEnd"]);
    expect(r.context).toMatchObject({ index: 3, speed: 4 });
  });

  it("pauses and resumes", () => {
    const r = run(5, [
      { type: "PLAY" },
      { type: "TICK" },
      { type: "PAUSE" },
      { type: "TICK" },
      { type: "PLAY", speed: 2 },
      { type: "TICK" },
    ]);
    expect(r.trail).toEqual(["playing", "playing", "paused", "paused", "playing", "playing"]);
    expect(r.context).toMatchObject({ index: 2, speed: 2 });
  });

  it("has nothing to play at the end, and a bad speed keeps the old one", () => {
    expect(run(2, [{ type: "STEP", by: 2 }, { type: "PLAY" }]).value).toBe("atEnd");
    expect(
      run(2, [
        { type: "SPEED", speed: 3 },
        { type: "PLAY", speed: -1 },
      ]).context.speed,
    ).toBe(3);
  });

  it("a step while playing stops playing", () => {
    expect(run(5, [{ type: "PLAY" }, { type: "STEP", by: 1 }]).value).toBe("stepping");
  });
});
