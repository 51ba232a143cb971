import { describe, expect, it } from "vitest";
import { expectBadInput, sitrep } from "./run.js";

describe("help", () => {
  it("bare sitrep shows the help and exits 0", () => {
    const r = sitrep([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sitrep \[options\] \[command\]/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok/);
    expect(r.stderr).toBe("");
  });

  it("help on an unknown command is one line naming the commands, with the closest", () => {
    expectBadInput(
      ["help", "nonesuch"],
      /^sitrep: no command 'nonesuch'; commands are: scenarios, timeline, state, .*, repl, map$/,
    );
    expectBadInput(["help", "stat"], /^sitrep: no command 'stat'; commands are: .*; did you mean 'state'\?$/);
  });

  it("help on a command still shows that command's help", () => {
    const r = sitrep(["help", "state"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sitrep state \[options\] <scenario>/);
  });
});
