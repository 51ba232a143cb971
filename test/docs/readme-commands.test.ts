import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../engine/paths.js";

/** A `sitrep` command line of the README, and the output it shows for it, if any. */
interface Example {
  /** The line as written; `a && b` runs `a`, then `b`. */
  readonly line: string;
  /** The README's line number of the command. */
  readonly at: number;
  readonly output: { readonly kind: "text" | "json"; readonly text: string } | null;
}

interface Block {
  readonly lang: string;
  readonly body: string;
  readonly line: number;
  readonly end: number;
}

function blocks(md: string): Block[] {
  const out: Block[] = [];
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    while (++i < lines.length && lines[i] !== "```");
    out.push({ lang: open[1] ?? "", body: lines.slice(start + 1, i).join("\n"), line: start + 2, end: i });
  }
  return out;
}

/**
 * The README's `sitrep` command lines: each line of a `sh` block that starts with `sitrep` (its
 * output is the `json` or `text` block right after, when the `sh` block holds that one command),
 * and each `$ sitrep ...` line of a `console` block, followed by its output.
 */
function examples(md: string): Example[] {
  const out: Example[] = [];
  const all = blocks(md);
  const lines = md.split("\n");
  all.forEach((b, k) => {
    const body = b.body.split("\n");
    if (b.lang === "sh") {
      const commands = body.flatMap((l, j) => (l.startsWith("sitrep ") ? [{ line: l, at: b.line + j }] : []));
      const next = all[k + 1];
      const adjacent =
        next !== undefined &&
        (next.lang === "json" || next.lang === "text") &&
        lines.slice(b.end + 1, next.line - 2).every((l) => l.trim() === "");
      for (const c of commands) {
        out.push({
          ...c,
          output:
            adjacent && commands.length === 1
              ? { kind: next.lang === "json" ? "json" : "text", text: next.body }
              : null,
        });
      }
    } else if (b.lang === "console") {
      body.forEach((l, j) => {
        if (!l.startsWith("$ sitrep ")) return;
        const rest = body.slice(j + 1);
        const stop = rest.findIndex((r) => r.startsWith("$ "));
        const shown = (stop === -1 ? rest : rest.slice(0, stop)).join("\n");
        out.push({
          line: l.slice(2),
          at: b.line + j,
          output: shown.trim() === "" ? null : { kind: "text", text: shown },
        });
      });
    }
  });
  return out;
}

/** Splits a command line into words as a POSIX shell would for these lines: spaces, "double" and 'single' quotes. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = join(packageRoot(), "dist", "replay", "cli", "main.js");

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

/** Runs a line (`a && b`: b only when a succeeds); the result is the last command's, or the first to fail. */
async function runLine(line: string, cwd: string): Promise<Ran> {
  let last: Ran = { code: 0, stdout: "", stderr: "" };
  for (const part of line.split(" && ")) {
    const [head, ...args] = words(part);
    if (head !== "sitrep") throw new Error(`README line runs '${head}', not sitrep: ${line}`);
    last = await run(args, cwd);
    if (last.code !== 0) return last;
  }
  return last;
}

/** Runs every task, at most `limit` at a time, keeping their order. */
async function pooled<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
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

/** Lines without trailing blanks or runs of spaces, and without blank lines at either end. */
const normalised = (s: string): string =>
  s
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trimEnd())
    .join("\n")
    .trim();

/**
 * True when `shown` is a part of `actual`: every key shown has its value, and each element of an
 * array shown matches an element of the actual array, in order (the README may cut lists short).
 */
function shownIn(shown: unknown, actual: unknown): boolean {
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

const readme = readFileSync(join(packageRoot(), "README.md"), "utf8");
const found = examples(readme);

describe("the README's command lines", () => {
  const results = new Map<string, Ran>();

  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
    // Commands run where the README's relative paths resolve, in a scratch folder for the files they write.
    const cwd = mkdtempSync(join(tmpdir(), "sitrep-readme-"));
    cpSync(join(packageRoot(), "examples"), join(cwd, "examples"), { recursive: true });
    const ran = await pooled(
      found.map((e) => () => runLine(e.line, cwd)),
      2,
    );
    found.forEach((e, i) => {
      results.set(e.line, ran[i] as Ran);
    });
  }, 120_000);

  it("are found: commands of every kind the README shows, some with their output", () => {
    const commands = new Set(found.map((e) => words(e.line)[1]));
    expect([...commands].sort()).toEqual(
      expect.arrayContaining(["diff", "explain", "history", "simulate", "state", "timeline", "validate", "whatif"]),
    );
    expect(found.filter((e) => e.output !== null).length).toBeGreaterThanOrEqual(2);
  });

  it.each(found.map((e) => [`README:${e.at} ${e.line}`, e] as const))("%s works as written", (_, e) => {
    const r = results.get(e.line) as Ran;
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    if (e.output === null) return;
    if (e.output.kind === "json") {
      const shown = JSON.parse(e.output.text) as unknown;
      const actual = JSON.parse(r.stdout) as unknown;
      if (!shownIn(shown, actual)) expect(actual).toMatchObject(shown as object);
      expect(shownIn(shown, actual)).toBe(true);
    } else {
      expect(normalised(r.stdout)).toBe(normalised(e.output.text));
    }
  });

  it("the comparison of JSON output sees a value that differs and accepts a list cut short", () => {
    expect(shownIn({ a: [{ id: 1 }, { id: 3 }] }, { a: [{ id: 1, x: 0 }, { id: 2 }, { id: 3 }], b: 1 })).toBe(true);
    expect(shownIn({ a: [{ id: 3 }, { id: 1 }] }, { a: [{ id: 1 }, { id: 3 }] })).toBe(false);
    expect(shownIn({ a: { b: "x" } }, { a: { b: "y" } })).toBe(false);
    expect(shownIn({ missing: null }, {})).toBe(false);
  });

  it("reads command lines and their output from sh and console blocks", () => {
    const md = [
      "```sh",
      "sitrep state x --at 2017-09-05",
      "```",
      "",
      "```json",
      '{ "a": 1 }',
      "```",
      "```console",
      "$ sitrep scenarios",
      "out",
      "$ sitrep timeline x",
      "```",
    ].join("\n");
    expect(examples(md)).toEqual([
      { line: "sitrep state x --at 2017-09-05", at: 2, output: { kind: "json", text: '{ "a": 1 }' } },
      { line: "sitrep scenarios", at: 9, output: { kind: "text", text: "out" } },
      { line: "sitrep timeline x", at: 11, output: null },
    ]);
    expect(words(`sitrep history central-syria-2017 "Deir ez-Zour" --json`)).toEqual([
      "sitrep",
      "history",
      "central-syria-2017",
      "Deir ez-Zour",
      "--json",
    ]);
  });
});
