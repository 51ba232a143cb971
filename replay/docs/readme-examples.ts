import { spawn } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../../engine/paths.js";

/** The output a README shows for a command: the body of a block, and where it sits in the README's lines. */
export interface ShownOutput {
  readonly kind: "text" | "json";
  readonly text: string;
  /** Index of its first line in the README (0-based), and one past its last. */
  readonly from: number;
  readonly to: number;
}

/** A `sitrep` command line of the README, and the output it shows for it, if any. */
export interface ReadmeExample {
  /** The line as written; `a && b` runs `a`, then `b`. */
  readonly line: string;
  /** The README's line number of the command (1-based). */
  readonly at: number;
  readonly output: ShownOutput | null;
}

interface Block {
  readonly lang: string;
  /** Index of the first line inside the fence, and of the closing fence. */
  readonly from: number;
  readonly to: number;
}

function blocks(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const from = i + 1;
    while (++i < lines.length && lines[i] !== "```");
    out.push({ lang: open[1] ?? "", from, to: i });
  }
  return out;
}

/**
 * The `sitrep` command lines of a README: each line of a `sh` block that starts with `sitrep`
 * (its output is the `json` or `text` block right after, when the `sh` block holds that one
 * command), and each `$ sitrep ...` line of a `console` block, followed by its output.
 */
export function readmeExamples(md: string): ReadmeExample[] {
  const lines = md.split("\n");
  const all = blocks(lines);
  const out: ReadmeExample[] = [];
  all.forEach((b, k) => {
    if (b.lang === "sh") {
      const commands: { line: string; at: number }[] = [];
      for (let i = b.from; i < b.to; i++) {
        const l = lines[i] as string;
        if (l.startsWith("sitrep ")) commands.push({ line: l, at: i + 1 });
      }
      const next = all[k + 1];
      const adjacent =
        next !== undefined &&
        (next.lang === "json" || next.lang === "text") &&
        lines.slice(b.to + 1, next.from - 1).every((l) => l.trim() === "");
      for (const c of commands) {
        const output: ShownOutput | null =
          adjacent && commands.length === 1
            ? {
                kind: next.lang === "json" ? "json" : "text",
                text: lines.slice(next.from, next.to).join("\n"),
                from: next.from,
                to: next.to,
              }
            : null;
        out.push({ ...c, output });
      }
    } else if (b.lang === "console") {
      for (let i = b.from; i < b.to; i++) {
        const l = lines[i] as string;
        if (!l.startsWith("$ sitrep ")) continue;
        let end = i + 1;
        while (end < b.to && !(lines[end] as string).startsWith("$ ")) end++;
        const text = lines.slice(i + 1, end).join("\n");
        out.push({
          line: l.slice(2),
          at: i + 1,
          output: text.trim() === "" ? null : { kind: "text", text, from: i + 1, to: end },
        });
      }
    }
  });
  return out;
}

/** Splits a command line into words as a POSIX shell would for these lines: spaces, "double" and 'single' quotes. */
export function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

/** What a command printed, and how it exited. */
export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built CLI. */
export const BIN = join(packageRoot(), "dist", "replay", "cli", "main.js");

function run(args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, SITREP_REPL_HISTORY: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a line in `cwd` (`a && b`: b only when a succeeds); the result is the last command's, or the first to fail. */
export async function runLine(line: string, cwd: string): Promise<Ran> {
  let last: Ran = { code: 0, stdout: "", stderr: "" };
  for (const part of line.split(" && ")) {
    const [head, ...args] = words(part);
    if (head !== "sitrep") throw new Error(`the README line runs '${head}', not sitrep: ${line}`);
    last = await run(args, cwd);
    if (last.code !== 0) return last;
  }
  return last;
}

/** Runs every task, at most `limit` at a time; the results keep the tasks' order. */
export async function pooled<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * True when `shown` is a part of `actual`: every key shown has its value, and each element of an
 * array shown matches an element of the actual array, in order (the README may cut lists short).
 */
export function shownIn(shown: unknown, actual: unknown): boolean {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return false;
    let i = 0;
    for (const s of shown) {
      while (i < actual.length && !shownIn(s, actual[i])) i++;
      if (i++ >= actual.length) return false;
    }
    return true;
  }
  if (typeof shown === "object" && shown !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return false;
    return Object.entries(shown).every(([k, v]) => k in actual && shownIn(v, (actual as Record<string, unknown>)[k]));
  }
  return Object.is(shown, actual);
}

/**
 * `actual` cut as `shown` is: an array shown shorter keeps the elements with the ids shown (or
 * its first ones when they have none); everything else is `actual`'s. For refreshing a README.
 */
export function cutLike(shown: unknown, actual: unknown): unknown {
  if (Array.isArray(shown) && Array.isArray(actual)) {
    if (shown.length >= actual.length) return actual.map((a, i) => cutLike(shown[i], a));
    const idOf = (x: unknown): unknown =>
      typeof x === "object" && x !== null ? (x as { id?: unknown }).id : undefined;
    const ids: unknown[] = shown.map(idOf);
    if (ids.some((id) => id === undefined)) return actual.slice(0, shown.length).map((a, i) => cutLike(shown[i], a));
    return actual.filter((a) => ids.includes(idOf(a))).map((a) => cutLike(shown[ids.indexOf(idOf(a))], a));
  }
  if (typeof shown === "object" && shown !== null && typeof actual === "object" && actual !== null) {
    return Object.fromEntries(
      Object.entries(actual).map(([k, v]) => [k, cutLike((shown as Record<string, unknown>)[k], v)]),
    );
  }
  return actual;
}

/** Lines without trailing blanks or runs of spaces, and without blank lines at either end. */
export function normalised(s: string): string {
  return s
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trimEnd())
    .join("\n")
    .trim();
}
