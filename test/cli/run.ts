import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The built CLI, as the package's bin runs it. */
export const BIN = join(process.cwd(), "dist", "replay", "cli", "main.js");
export const FIXTURES = join("test", "cli", "fixtures");
export const FIXTURE = join(FIXTURES, "fixture-siege.json");

/** What a run of the CLI gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const home = mkdtempSync(join(tmpdir(), "sitrep-cli-"));

/** Runs `sitrep ...args` as a user would: a separate process, no terminal. */
export function sitrep(args: readonly string[], env: Record<string, string> = {}): Run {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: home, SITREP_REPL_HISTORY: "", ...env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs and parses stdout as one JSON document. */
export function sitrepJson<T = Record<string, unknown>>(args: readonly string[]): { run: Run; doc: T } {
  const run = sitrep(args);
  return { run, doc: JSON.parse(run.stdout) as T };
}
