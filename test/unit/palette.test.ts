import { describe, expect, it } from "vitest";
import { BUILT_IN_SIDE_COLORS, NEUTRAL_COLOR, OKABE_ITO, sideColors } from "../../replay/visual/palette.js";

describe("the side palette", () => {
  it("gives the built-in sides their fixed colours", () => {
    const colors = sideColors(["isil", "syrian-government"]);
    expect(colors.get("isil")).toBe(BUILT_IN_SIDE_COLORS.get("isil"));
    expect(colors.get("syrian-government")).toBe("#D55E00");
  });

  it("gives a user's sides colours no built-in side among them uses, in declaration order", () => {
    const colors = sideColors(["isil", "militia-a", "militia-b"]);
    expect(colors.get("militia-a")).toBe(OKABE_ITO[0]);
    expect(colors.get("militia-b")).toBe(OKABE_ITO[1]);
    expect(colors.get("militia-a")).not.toBe(colors.get("isil"));
  });

  it("gives every built-in side a different colour", () => {
    expect(new Set(BUILT_IN_SIDE_COLORS.values()).size).toBe(BUILT_IN_SIDE_COLORS.size);
    expect([...BUILT_IN_SIDE_COLORS.values()]).not.toContain(NEUTRAL_COLOR);
  });
});
