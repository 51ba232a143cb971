import { describe, expect, it } from "vitest";
import { cutEchoes, quote } from "../../engine/input/quote.js";

const x80 = "x".repeat(80);

describe("quoting a value in an error", () => {
  it("quotes a short value whole, on one line", () => {
    expect(quote("Palmyra")).toBe("'Palmyra'");
    expect(quote("two\nlines")).toBe("'two\\nlines'");
  });

  it("cuts a long value to its start and says how long it was", () => {
    expect(quote("x".repeat(10_000_000))).toBe(`'${x80}…' (10000000 characters)`);
  });

  it("cuts whatever a message echoes whole, however it was built", () => {
    expect(cutEchoes(`no place '${"x".repeat(10_000)}' in scenario 'central-syria-2017'`)).toBe(
      `no place '${x80}…' (10000 characters) in scenario 'central-syria-2017'`,
    );
    expect(cutEchoes(`--drop ${"y".repeat(1000)}: no such event`)).toBe(
      `--drop ${"y".repeat(240)}… (1000 characters): no such event`,
    );
    expect(cutEchoes(`no scenario ${quote("z".repeat(500))}`)).toBe(`no scenario ${quote("z".repeat(500))}`);
  });

  it("leaves ordinary messages alone, apostrophes and all", () => {
    const line =
      "'nonesuch' is neither a date (YYYY-MM-DD, or YYYY-MM-DDTHH:mm in Asia/Damascus) nor an event id of scenario 'central-syria-2017'; did you mean 'cs-0914-jafrah'?";
    expect(cutEchoes(line)).toBe(line);
  });
});
