import { afterEach, beforeEach, vi } from "vitest";

// A test that prints is a test that fails: output belongs in assertions.
const methods = ["log", "info", "warn", "error", "debug"] as const;
beforeEach(() => {
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${m} called in a test: ${args.map(String).join(" ")}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});
