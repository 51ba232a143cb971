import { describe, expect, it } from "vitest";
import { gammaFactor } from "../../engine/forecast/draws.js";
import { ownSpread } from "../../engine/forecast/intensity.js";
import type { RunContext } from "../../engine/forecast/process.js";
import { runStreams, type StreamFit } from "../../engine/forecast/report-streams.js";
import { runRng } from "../../engine/sim/rng.js";

const stream = (rate: number, spread: number): StreamFit => ({
  days: 90,
  rate,
  reports: 0,
  claimants: [],
  figuresFrom: "all",
  spread,
  blocks: [],
  places: [],
  severity: 0,
});

const moments = (xs: readonly number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean: m, variance: xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1) };
};

/** `n` runs' rates of the streams, each run drawing its intensity and then the streams' own factors, as a run does. */
function runs(streams: readonly StreamFit[], shared: number, n: number, seed: string): Float64Array[] {
  return Array.from({ length: n }, (_, run) => {
    const rng = runRng(seed, run);
    const context: RunContext = { run, intensity: gammaFactor(rng, shared), intensitySpread: shared };
    return runStreams(streams, rng, context).rates;
  });
}

describe("the theatre's intensity, shared by every stream of reports in a run", () => {
  it("leaves a stream the part of its spread the shared factor does not carry", () => {
    expect(ownSpread(0.8, 0.5)).toBeCloseTo(0.2, 12);
    expect(ownSpread(0.5, 0.5)).toBe(0);
    expect(ownSpread(0.3, 0.5)).toBe(0);
    expect(ownSpread(0.4, 0)).toBeCloseTo(0.4, 12);
  });

  it("keeps each stream's spread over the runs, and makes the streams rise and fall together (20,000 runs, a fixed seed)", () => {
    const rates = runs([stream(2, 0.8), stream(0.5, 0.5)], 0.5, 20_000, "intensity");
    const a = rates.map((r) => (r[0] as number) / 2);
    const b = rates.map((r) => (r[1] as number) / 0.5);
    for (const [xs, spread] of [
      [a, 0.8],
      [b, 0.5],
    ] as const) {
      const { mean, variance } = moments(xs);
      expect(Math.abs(mean - 1)).toBeLessThan(0.03);
      expect(Math.abs(variance - spread) / spread).toBeLessThan(0.1);
    }
    // the second stream has no spread of its own beside the shared 0.5: its factor is the run's intensity
    // itself, and the covariance of the two factors is the intensity's variance
    const ma = moments(a).mean;
    const mb = moments(b).mean;
    const cov = a.reduce((s, x, i) => s + (x - ma) * ((b[i] as number) - mb), 0) / (a.length - 1);
    expect(Math.abs(cov - 0.5) / 0.5).toBeLessThan(0.1);
  });

  it("draws the streams apart when the model turns the intensity off", () => {
    const rates = runs([stream(1, 0.5), stream(1, 0.5)], 0, 20_000, "apart");
    const a = rates.map((r) => r[0] as number);
    const b = rates.map((r) => r[1] as number);
    const ma = moments(a).mean;
    const mb = moments(b).mean;
    const cov = a.reduce((s, x, i) => s + (x - ma) * ((b[i] as number) - mb), 0) / (a.length - 1);
    expect(Math.abs(cov)).toBeLessThan(0.03);
    expect(Math.abs(moments(a).variance - 0.5) / 0.5).toBeLessThan(0.1);
  });

  it("draws each run's severity per stream apart from its rate: mean 1, the stream's severity spread (20,000 runs)", () => {
    const heavy = { ...stream(1, 0.5), severity: 0.4 };
    const severities = Array.from({ length: 20_000 }, (_, run) => {
      const rng = runRng("severity", run);
      const context: RunContext = { run, intensity: gammaFactor(rng, 0.5), intensitySpread: 0.5 };
      return runStreams([heavy, stream(1, 0.5)], rng, context).severities;
    });
    const { mean, variance } = moments(severities.map((x) => x[0] as number));
    expect(Math.abs(mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(variance - 0.4) / 0.4).toBeLessThan(0.1);
    // a stream with no severity spread keeps its figures as reported
    expect(severities.every((x) => x[1] === 1)).toBe(true);
  });
});
