import { describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import {
  builtInSources,
  compiledBuiltIn,
  compileScenario,
  hashFiles,
  isFresh,
  restoreScenario,
} from "../../engine/scenario/compiled.js";
import { replay } from "../../engine/timeline/replay.js";
import { builtIn } from "../support/scenarios.js";

describe("compiled built-in scenarios", () => {
  it("restore to the scenario the loader gives, event for event and state for state", () => {
    const loaded = builtIn("central-syria-2017").scenario;
    const restored = restoreScenario(JSON.parse(JSON.stringify(compileScenario(loaded, {}))));
    expect(restored.events).toEqual(loaded.events);
    expect(restored.catalogue.places).toEqual(loaded.catalogue.places);
    expect(fingerprint(restored.initial)).toBe(fingerprint(loaded.initial));
    expect(fingerprint(replay(restored.initial, restored.events))).toBe(
      fingerprint(replay(loaded.initial, loaded.events)),
    );
    expect(restored.catalogue.findPlace("Qulib al-Thor")?.id).toBe(loaded.catalogue.findPlace("Qulib al-Thor")?.id);
  });

  it("restore with every object of their events, documents and inferred holdings frozen", () => {
    const loaded = builtIn("central-syria-2017").scenario;
    const restored = restoreScenario(JSON.parse(JSON.stringify(compileScenario(loaded, {}))));
    const unfrozen: string[] = [];
    const visit = (v: unknown, path: string): void => {
      if (typeof v !== "object" || v === null) return;
      if (!Object.isFrozen(v)) unfrozen.push(path);
      for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
    };
    for (const part of ["events", "initialEvents", "documents", "inferred", "span"] as const)
      visit(restored[part], part);
    expect(restored.events.length).toBeGreaterThan(0);
    expect(unfrozen).toEqual([]);
  });

  it("are served by the build for every built-in scenario, matching the sources as they are", () => {
    for (const id of ["central-syria-2017", "deir-ez-zor-2017-01", "anbar-2015"]) {
      const served = compiledBuiltIn(id);
      expect(served?.id).toBe(id);
      expect(served?.events).toEqual(builtIn(id).scenario.events);
    }
  });

  it("are never used once a source file changed", () => {
    const now = hashFiles(builtInSources("anbar-2015"));
    const compiled = compileScenario(builtIn("anbar-2015").scenario, now);
    expect(isFresh(compiled, now)).toBe(true);
    const [first] = Object.keys(now);
    expect(isFresh(compiled, { ...now, [first as string]: "0".repeat(64) })).toBe(false);
    expect(isFresh(compiled, { ...now, "scenarios/catalogue/99-new.json": "x" })).toBe(false);
  });
});
