import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN } from "./run.js";

/** Runs `sitrep <args> <redirect>` through bash; the exit code of sitrep itself and its stderr. */
function shell(args: string, redirect: string): { code: number; stderr: string } {
  const r = spawnSync("bash", ["-c", `node "${BIN}" ${args} 2>&3 ${redirect}; exit "\${PIPESTATUS[0]}"`], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "ignore", "pipe"],
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stderr: String(r.output[3] ?? "") };
}

describe("output that cannot be written", () => {
  it("a closed pipe ends the command quietly with exit 0, as Unix tools do", () => {
    for (const args of ["timeline central-syria-2017 --json", "play central-syria-2017"]) {
      const r = shell(args, "| head -1 >/dev/null");
      expect(r.stderr, args).toBe("");
      expect(r.code, args).toBe(0);
    }
  });

  it("the REPL's output closing ends it quietly too", () => {
    const r = shell("repl central-syria-2017 < <(yes timeline | head -200)", "| head -1 >/dev/null");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("a full disk is one line on stderr and exit 1, with no stack trace", () => {
    for (const args of ["timeline central-syria-2017 --json", "play central-syria-2017"]) {
      const r = shell(args, "> /dev/full");
      expect(r.code, args).toBe(1);
      expect(r.stderr).toBe(
        "sitrep: cannot write the output to stdout (ENOSPC): free some space on the disk, or write elsewhere\n",
      );
    }
  });
});
