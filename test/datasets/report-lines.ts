import { expect } from "vitest";

/** Expects one of an import's stderr lines to begin with `start` (the rest names what the header or row holds). */
export function expectLineStarting(lines: readonly string[], start: string): void {
  expect(
    lines.find((l) => l.startsWith(start)),
    `no line starts with: ${start}\n${lines.join("\n")}`,
  ).toBeDefined();
}
