import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenariosDir } from "../../engine/paths.js";
import { sitrep } from "./run.js";

// Every command that opens a scenario takes --no-cache, and a user's file, JSON or NDJSON, goes
// through the compiled cache unless it is given.

const OPENING = [
  "timeline",
  "state",
  "diff",
  "history",
  "explain",
  "coverage",
  "export",
  "crosscheck",
  "whatif",
  "simulate",
  "forecast",
  "backtest",
  "chart",
  "play",
  "repl",
  "map",
];

function userFiles(): { json: string; ndjson: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-no-cache-"));
  const json = join(dir, "anbar.json");
  const text = readFileSync(join(scenariosDir(), "anbar-2015.json"), "utf8");
  writeFileSync(json, text);
  const { events, ...header } = JSON.parse(text) as { events: unknown[] };
  const ndjson = join(dir, "anbar.ndjson");
  writeFileSync(ndjson, [header, ...events].map((v) => JSON.stringify(v)).join("\n"));
  return { json, ndjson, cache: join(dir, "cache") };
}

const entries = (cache: string): string[] => {
  try {
    return readdirSync(cache);
  } catch {
    return [];
  }
};

describe("--no-cache", () => {
  it("is an option of every command that opens a scenario", () => {
    for (const command of OPENING) {
      const r = sitrep([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/--no-cache/);
    }
  });

  it("keeps a command from reading or writing the cache; without it the file's entry is written once", () => {
    const { json, cache } = userFiles();
    const env = { SITREP_CACHE_DIR: cache };
    const history = (more: string[]) => sitrep(["history", json, "ramadi", ...more], env);
    const plain = history(["--no-cache"]);
    expect(plain.code).toBe(0);
    expect(entries(cache)).toEqual([]);
    const miss = history([]);
    expect(entries(cache)).toHaveLength(1);
    const hit = history([]);
    expect(miss.stdout).toBe(plain.stdout);
    expect(hit.stdout).toBe(plain.stdout);
  });

  it("an NDJSON file is cached as a JSON file is, and answers the same", () => {
    const { json, ndjson, cache } = userFiles();
    const env = { SITREP_CACHE_DIR: cache };
    const state = (file: string, more: string[] = []) =>
      sitrep(["state", file, "--at", "2015-05-17", "--json", ...more], env);
    const asJson = state(json, ["--no-cache"]);
    expect(state(ndjson, ["--no-cache"]).stdout).toBe(asJson.stdout);
    expect(entries(cache)).toEqual([]);
    const miss = state(ndjson);
    expect(entries(cache)).toHaveLength(1);
    const hit = state(ndjson);
    expect(miss.stdout).toBe(asJson.stdout);
    expect(hit.stdout).toBe(asJson.stdout);
    expect(hit.code).toBe(0);
  });
});
