import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";

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

/** Runs a command that must succeed with nothing on stderr, and parses its JSON. */
export function okJson<T>(args: readonly string[]): T {
  const r = sitrep(args);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as T;
}

/** Bad input: exit 2, one line on stderr starting `sitrep: `, nothing on stdout, no stack trace. */
export function expectBadInput(args: readonly string[], message: RegExp): void {
  const r = sitrep(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^sitrep: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** How an interrupted command ended. */
export interface Interrupted {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Spawns a long `sitrep` command with progress forced on and sends it SIGINT once its stderr
 * matches `started` (its first progress line); fails after 30 s without an exit.
 */
export function interrupt(args: readonly string[], started: RegExp): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: home, SITREP_FORCE_PROGRESS: "1" },
    });
    let stdout = "";
    let stderr = "";
    let sent = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no exit after SIGINT; stderr: ${stderr}`));
    }, 30_000);
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
    });
    child.stderr.on("data", (b: Buffer) => {
      stderr += b.toString();
      if (!sent && started.test(stderr)) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
