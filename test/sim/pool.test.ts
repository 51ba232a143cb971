import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../engine/paths.js";
import { simulate } from "../../engine/sim/simulate.js";
import { SimulationPool } from "../../engine/sim/workers.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const options = { runs: 400, at: ["2017-08-01", "2017-09-06"] } as const;
const inThread = async (seed: string) => JSON.stringify(await simulate(scenario, { ...options, seed, workers: 0 }));

describe("a SimulationPool", () => {
  const pool = new SimulationPool({ workers: 2 });
  afterAll(() => pool.close());

  it("gives the same distributions as a run in this thread, and keeps its threads for the next call", async () => {
    const a = await simulate(scenario, { ...options, seed: "pool-a", pool });
    const threads = pool.threadIds;
    expect(threads).toHaveLength(2);
    const b = await simulate(scenario, { ...options, seed: "pool-b", pool });
    expect(pool.threadIds).toEqual(threads);
    expect(JSON.stringify(a)).toBe(await inThread("pool-a"));
    expect(JSON.stringify(b)).toBe(await inThread("pool-b"));
  });

  it("lets calls that share it take turns, each with its own result", async () => {
    const [x, y] = await Promise.all([
      simulate(scenario, { ...options, seed: "turn-x", pool }),
      simulate(scenario, { ...options, seed: "turn-y", pool, workers: 1 }),
    ]);
    expect(JSON.stringify(x)).toBe(await inThread("turn-x"));
    expect(JSON.stringify(y)).toBe(await inThread("turn-y"));
  });

  it("an aborted call rejects with the reason, drops the busy threads, and the next call starts new ones", async () => {
    const controller = new AbortController();
    const pending = simulate(scenario, {
      ...options,
      runs: 200_000,
      seed: "abort",
      pool,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("enough")),
    });
    await expect(pending).rejects.toThrow("enough");
    expect(pool.started).toBe(0);
    const again = await simulate(scenario, { ...options, seed: "pool-a", pool });
    expect(JSON.stringify(again)).toBe(await inThread("pool-a"));
    expect(pool.started).toBe(2);
  });

  it("once closed, ends its threads and refuses work with a sentence on what to do", async () => {
    const own = new SimulationPool({ workers: 1 });
    await simulate(scenario, { ...options, seed: "close", pool: own });
    expect(own.started).toBe(1);
    await own.close();
    expect(own.started).toBe(0);
    expect(own.closed).toBe(true);
    await expect(simulate(scenario, { ...options, seed: "close", pool: own })).rejects.toThrow(
      /this SimulationPool is closed: make a new one/,
    );
    expect(() => new SimulationPool({ workers: 0 })).toThrow(/whole number of workers >= 1, got 0/);
  });

  it("does not keep the process alive once idle, even left open", () => {
    const script = [
      `import { loadScenario, simulate, SimulationPool } from ${JSON.stringify(join(packageRoot(), "dist", "engine", "index.js"))};`,
      "const pool = new SimulationPool({ workers: 1 });",
      'const r = await simulate(loadScenario("central-syria-2017"), { runs: 100, seed: "idle", pool });',
      "console.log(pool.started, Object.keys(r.places).length > 0);",
    ].join("\n");
    const file = join(mkdtempSync(join(tmpdir(), "sitrep-pool-")), "left-open.mjs");
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("1 true");
  });
});
