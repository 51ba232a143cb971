import { describe, expect, it } from "vitest";
import { gamma, gammaFactor } from "../../engine/forecast/draws.js";
import { DAY_MS } from "../../engine/forecast/history.js";
import { rateSpread } from "../../engine/forecast/rate-spread.js";
import { severitySpread } from "../../engine/forecast/severity.js";
import { runRng } from "../../engine/sim/rng.js";

const prior = { rateSpread: 0.5, spreadBlockDays: 30, spreadPriorBlocks: 3 } as const;
const ORIGIN = Date.parse("2015-05-17T23:59:59.999Z");
const WIDTH = 30 * DAY_MS;

/** Report times: `counts[b]` reports an hour into block b (block 0 ends at the origin). */
function reports(counts: readonly number[]): number[] {
  return counts.flatMap((n, b) => Array.from({ length: n }, () => ORIGIN - (b + 1) * WIDTH + 3_600_000));
}

describe("a side's rate spread, from its reports per block of days", () => {
  it("pools the blocks' overdispersion with the prior, as worked out by hand", () => {
    // 10, 30, 10, 30: m = 20, v = (100 + 100 + 100 + 100) / 3 = 133.3, (v − m) / m² = 0.2833;
    // with the prior 0.5 as 3 blocks against the 3 of the four blocks: (1.5 + 0.85) / 6
    const r = rateSpread(reports([10, 30, 10, 30]), ORIGIN, ORIGIN - 4 * WIDTH, prior);
    expect(r.blocks).toEqual([10, 30, 10, 30]);
    expect(r.spread).toBeCloseTo((3 * 0.5 + (3 * (400 / 3 - 20)) / 400) / 6, 12);
  });

  it("counts no spread of its own when the blocks vary less than chance would: the prior is weighed against zero", () => {
    const r = rateSpread(reports([20, 20, 20, 20]), ORIGIN, ORIGIN - 4 * WIDTH, prior);
    expect(r.spread).toBeCloseTo((3 * 0.5) / 6, 12);
  });

  it("keeps to the blocks within the span, at most twelve, and leaves out reports after the origin", () => {
    const times = [...reports([5, 5, 5]), ORIGIN + 1, ORIGIN - 20 * WIDTH];
    expect(rateSpread(times, ORIGIN, ORIGIN - 2.5 * WIDTH, prior).blocks).toEqual([5, 5]);
    expect(rateSpread(times, ORIGIN, 0, prior).blocks).toHaveLength(12);
  });

  it("gives the prior alone with fewer than two blocks, or none reported in them", () => {
    expect(rateSpread(reports([40]), ORIGIN, ORIGIN - 1.5 * WIDTH, prior)).toEqual({ blocks: [40], spread: 0.5 });
    expect(rateSpread([], ORIGIN, 0, prior).spread).toBe(0.5);
  });
});

describe("Gamma draws", () => {
  const moments = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { mean: m, variance: xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1) };
  };

  it.each([0.3, 1, 2.5, 20])(
    "of shape %s have mean and variance near the shape (20,000 draws, a fixed seed)",
    (shape) => {
      const rng = runRng(`gamma-${shape}`, 0);
      const { mean, variance } = moments(Array.from({ length: 20_000 }, () => gamma(rng, shape)));
      expect(Math.abs(mean - shape) / shape).toBeLessThan(0.03);
      expect(Math.abs(variance - shape) / shape).toBeLessThan(0.1);
    },
  );

  it("make a factor of mean 1 and the spread asked for; a spread of 0 is 1 and draws nothing", () => {
    const rng = runRng("factor", 0);
    const { mean, variance } = moments(Array.from({ length: 20_000 }, () => gammaFactor(rng, 0.5)));
    expect(Math.abs(mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(variance - 0.5) / 0.5).toBeLessThan(0.1);
    let draws = 0;
    const counting = () => {
      draws++;
      return 0.5;
    };
    expect(gammaFactor(counting, 0)).toBe(1);
    expect(draws).toBe(0);
  });

  it("refuses a shape or spread that is not one", () => {
    const rng = runRng("x", 0);
    expect(() => gamma(rng, 0)).toThrow(/a Gamma shape is a finite number > 0, got 0/);
    expect(() => gammaFactor(rng, -1)).toThrow(/a spread is a finite number >= 0, got -1/);
  });
});

describe("a stream's severity spread, from its deaths per report per block of days", () => {
  const sev = { severitySpread: 0.3, spreadBlockDays: 30, spreadPriorBlocks: 3 } as const;
  /** One report an hour into block b per figure of `figures[b]`. */
  const at = (figures: readonly (readonly number[])[]) => ({
    times: figures.flatMap((xs, b) => xs.map(() => ORIGIN - (b + 1) * WIDTH + 3_600_000)),
    sizes: figures.flat(),
  });

  it("pools the blocks' excess over what drawing the same figures gives with the prior, as worked out by hand", () => {
    // block means 5 (5, 5) and 45 (40, 50): M = 25; (5 − 25)² − 0/2 = 400, (45 − 25)² − 50/2 = 375;
    // (400 + 375) / (2 · 625) = 0.62, pooled with 0.3 as 3 blocks against 2: (0.9 + 1.24) / 5
    const r = at([
      [5, 5],
      [40, 50],
    ]);
    expect(severitySpread(r.times, r.sizes, ORIGIN, ORIGIN - 2 * WIDTH, sev)).toBeCloseTo((0.9 + 2 * 0.62) / 5, 12);
  });

  it("counts none of its own where the blocks differ no more than their reports do, and leaves out blocks of one report", () => {
    // means 20 and 20; a block of one report (1,000) says nothing of a block's mean
    const r = at([[10, 30], [20, 20], [1000]]);
    expect(severitySpread(r.times, r.sizes, ORIGIN, ORIGIN - 3 * WIDTH, sev)).toBeCloseTo((3 * 0.3) / 5, 12);
  });

  it("gives the prior alone with no block of two reports, or no death in them", () => {
    expect(severitySpread([], [], ORIGIN, 0, sev)).toBe(0.3);
    const r = at([[0, 0]]);
    expect(severitySpread(r.times, r.sizes, ORIGIN, 0, sev)).toBe(0.3);
  });
});
