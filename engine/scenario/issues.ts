import type { z } from "zod";
import { EVENT_TYPES } from "../events/kinds.js";

const TIME_FORMS =
  "a time is one of { text, date, part? }, { text, at, approxMinutes? }, { text, between: [from, to] }, { text, by, notBefore }, { text, month, part? } or { text, earliest, latest, precision }";

/**
 * Where a zod issue is: its path, and for unknown fields the first of them, so a problem is
 * reported at the misspelt key rather than at the object holding it.
 */
export function issuePath(issue: z.core.$ZodIssue): (string | number)[] {
  const path = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
  const first = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  return first === undefined ? path : [...path, first];
}

/** A zod issue as one sentence that says what was wrong and what would be right. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case "invalid_union":
      if (last === "time") return `this time matches no form: ${TIME_FORMS}`;
      if (issue.discriminator === "type") {
        return `unknown or missing event type: expected one of ${EVENT_TYPES.join(", ")}`;
      }
      return `${issue.message}: the value matches none of the allowed forms`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")} (check the spelling against the JSON Schema in scenarios/schema)`;
    case "invalid_type":
      if (issue.input === undefined) return `missing required field '${String(last)}' (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(issue.input)}`;
    default:
      return issue.message;
  }
}
