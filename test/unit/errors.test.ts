import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Campaign, isSitrepError as isSitrepErrorOfPackage, LookupError, loadScenario as loadOfPackage } from "sitrep";
import { describe, expect, it } from "vitest";
import { isSitrepError, SitrepError } from "../../engine/errors/sitrep-error.js";
import { createEvent, EventInputError } from "../../engine/events/create.js";
import { loadScenario } from "../../engine/scenario/builtin.js";
import { ScenarioLoadError } from "../../engine/scenario/problems.js";
import { TimeError } from "../../engine/time/time-error.js";
import { EXIT, EXIT_OF_KIND, isBadInput, UsageError } from "../../replay/cli/errors.js";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("sitrep's errors, as one family", () => {
  it("a scenario that does not load: bad input, its problems with array paths, lines and the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-errors-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, '{ "id": "x", "events": [ { "type": "nonesuch" } ] }');
    const e = thrown(() => loadScenario(file));
    expect(e).toBeInstanceOf(ScenarioLoadError);
    if (!isSitrepError(e)) throw new Error("not a sitrep error");
    expect([e.code, e.kind]).toEqual(["scenario-invalid", "bad-input"]);
    expect(e.problems.length).toBeGreaterThan(1);
    for (const p of e.problems) {
      expect(p.file).toMatch(/bad\.json$/);
      expect(Array.isArray(p.path)).toBe(true);
    }
    expect(e.problems.map((p) => p.path)).toContainEqual(["events", 0, "type"]);
  });

  it("an event that is not valid: each issue's path is an array, as zod gives it", () => {
    const e = thrown(() =>
      createEvent({ id: "e1", type: "advance", time: { text: "x", date: "2017-13-45" } } as never, "UTC"),
    );
    expect(e).toBeInstanceOf(EventInputError);
    if (!(e instanceof EventInputError)) return;
    expect(e.kind).toBe("bad-input");
    expect(e.issues.every((i) => Array.isArray(i.path))).toBe(true);
    expect(e.problems.map((p) => p.path)).toEqual(e.issues.map((i) => i.path));
  });

  it("an unknown place: not found, with suggestions", () => {
    const e = thrown(() => Campaign.of(loadOfPackage("central-syria-2017")).place("Sukhnahh", "2017-08-03"));
    expect(e).toBeInstanceOf(LookupError);
    expect(isSitrepError(e) && [e.code, e.kind]).toEqual(["not-found", "not-found"]);
  });

  it("is recognised across copies of the module, where instanceof is not", () => {
    // The package by name is the built copy; the test's imports are the sources: two copies.
    const e = thrown(() => loadOfPackage("./no-such-scenario.json"));
    expect(e instanceof SitrepError).toBe(false);
    expect(isSitrepError(e)).toBe(true);
    expect(isSitrepErrorOfPackage(thrown(() => loadScenario("./no-such-scenario.json")))).toBe(true);
  });

  it("is not claimed by other errors, or by objects that only look like one", () => {
    expect(isSitrepError(new Error("x"))).toBe(false);
    expect(isSitrepError(new TypeError("x"))).toBe(false);
    expect(isSitrepError({ code: "scenario-invalid", kind: "bad-input", problems: [] })).toBe(false);
    expect(isSitrepError(null)).toBe(false);
    expect(isSitrepError(new TimeError("bad time"))).toBe(true);
  });

  it("the CLI decides exit codes by kind, in one table", () => {
    expect(EXIT_OF_KIND).toEqual({ "bad-input": 2, "rule-broken": 2, "not-found": 2, internal: 1 });
    expect(isBadInput(new UsageError("x"))).toBe(true);
    expect(isBadInput(new Error("x"))).toBe(false);
    class Broken extends SitrepError<"broken", "internal"> {
      constructor(message: string) {
        super("broken", "internal", message);
      }
    }
    expect(isBadInput(new Broken("x"))).toBe(false);
    expect(EXIT.badInput).toBe(2);
    expect(new UsageError("plain").problems).toEqual([
      { file: null, path: [], line: null, column: null, message: "plain" },
    ]);
  });
});
