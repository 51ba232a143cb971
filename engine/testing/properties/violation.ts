import assert from "node:assert/strict";
import { RuleViolationError } from "../../index.js";

/** Runs `f`, which must throw a `RuleViolationError`, and returns it. */
export function violationOf(f: () => unknown, what: string): RuleViolationError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolationError) return e;
    throw e;
  }
  assert.fail(`${what}: expected a RuleViolationError, but nothing was thrown`);
}
