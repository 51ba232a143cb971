import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CI_SEED, propertyParams } from "../../engine/testing/index.js";
import { isoFields } from "../../engine/time/iso-text.js";

describe("an instant's fields written as ISO text", () => {
  it("read as Date's toISOString writes them, from 1900 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(10_000, 0, 1) - 1 }), (ms) => {
        expect(isoFields(ms)).toBe(new Date(ms).toISOString().slice(0, 23));
      }),
      propertyParams({ seed: CI_SEED, numRuns: 5000 }),
    );
  });

  it("give the edges of the range, leap days and the last millisecond of a day", () => {
    expect(isoFields(Date.UTC(1900, 0, 1))).toBe("1900-01-01T00:00:00.000");
    expect(isoFields(Date.UTC(1900, 0, 1) - 1)).toBeNull();
    expect(isoFields(Date.UTC(9999, 11, 31, 23, 59, 59, 999))).toBe("9999-12-31T23:59:59.999");
    expect(isoFields(Date.UTC(10_000, 0, 1))).toBeNull();
    expect(isoFields(Date.UTC(2000, 1, 29, 12, 5, 7, 42))).toBe("2000-02-29T12:05:07.042");
    expect(isoFields(Date.UTC(1969, 11, 31, 23, 59, 59, 999))).toBe("1969-12-31T23:59:59.999");
    expect(isoFields(0.5)).toBeNull();
  });
});
