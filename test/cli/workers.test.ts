import { describe, expect, it } from "vitest";
import { UsageError } from "../../replay/cli/errors.js";
import { checkWorkers, maxWorkers } from "../../replay/cli/options.js";
import { expectBadInput, sitrep } from "./run.js";

describe("the cap on --workers", () => {
  it("is 4 threads per core, or what SITREP_MAX_WORKERS says", () => {
    expect(maxWorkers({}, 2)).toBe(8);
    expect(maxWorkers({ SITREP_MAX_WORKERS: "100" }, 2)).toBe(100);
    expect(() => checkWorkers(8, {}, 2)).not.toThrow();
    expect(() => checkWorkers(9, {}, 2)).toThrow(
      new UsageError(
        "--workers 9 is more than 8 (4 × the 2 cores of this machine): give at most 8, or 0 to run in this thread; SITREP_MAX_WORKERS=<n> raises the cap",
      ),
    );
    expect(() => checkWorkers(9, { SITREP_MAX_WORKERS: "many" }, 2)).toThrow(
      /SITREP_MAX_WORKERS must be a whole number/,
    );
  });

  it("refuses too many workers with one line and exit 2, in every command that takes them", () => {
    const tooMany = /--workers 100000 is more than \d+ \(4 × the \d+ cores of this machine\): give at most \d+/;
    const seeded = ["--runs", "10", "--seed", "1", "--workers", "100000"];
    expectBadInput(["simulate", "central-syria-2017", ...seeded], tooMany);
    expectBadInput(
      ["forecast", "central-syria-2017", "--from", "2017-08-20", "--until", "2017-09-30", ...seeded],
      tooMany,
    );
    expectBadInput(["backtest", "central-syria-2017", "--workers", "100000"], tooMany);
    expectBadInput(
      ["whatif", "examples/no-link-up.branch.json", "--forecast", "--until", "2017-10-31", ...seeded],
      tooMany,
    );
  });

  it("lets the cap be raised", () => {
    const r = sitrep(["simulate", "central-syria-2017", "--runs", "2", "--seed", "1", "--workers", "9", "--json"], {
      SITREP_MAX_WORKERS: "9",
    });
    expect(r.stderr).not.toMatch(/more than/);
    expect(r.code).toBe(0);
  });
});
