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

/** Where a scenario's or catalogue's fields are written down, for a misspelt one. */
export const SCENARIO_FIELDS = "the JSON Schema in scenarios/schema";

/**
 * A zod issue as one sentence that says what was wrong and what would be right; `fields` says
 * where the file's fields are written down, for an unknown one (default: a scenario's schema).
 */
export function issueMessage(issue: z.core.$ZodIssue, fields: string = SCENARIO_FIELDS): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case "invalid_union":
      if (last === "time") return `this time matches no form: ${TIME_FORMS}`;
      if (issue.discriminator === "type") {
        return `unknown or missing event type: expected one of ${EVENT_TYPES.join(", ")}`;
      }
      return `${issue.message}: the value matches none of the allowed forms`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")} (check the spelling against ${fields})`;
    case "invalid_type":
      if (issue.input === undefined) return `missing required field '${String(last)}' (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(issue.input)}`;
    case "invalid_format":
      return formatMessage(issue, last) ?? issue.message;
    default:
      return issue.message;
  }
}

/**
 * For a date or time that is not one (zod says only "Invalid ISO date"): which field, what was
 * given, and the forms it takes.
 */
function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, last: PropertyKey | undefined): string | null {
  const field = last === undefined || typeof last === "number" ? "the value" : `'${String(last)}'`;
  const given = issue.input === undefined ? "nothing" : JSON.stringify(issue.input);
  if (issue.format === "date") {
    const shaped = typeof issue.input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(issue.input);
    return `${field} is ${given}, ${shaped ? "a day no calendar has" : "not a date"}: expected a calendar date YYYY-MM-DD, e.g. "2017-09-05"`;
  }
  if (issue.format === "datetime") {
    // zod's pattern tells the two kinds of date-time apart: one with an offset, one local.
    const offset = String(issue.pattern ?? "").includes("[+-]");
    return offset
      ? `${field} is ${given}, not a time with an offset: expected YYYY-MM-DDTHH:mm:ss with Z or an offset, e.g. "2017-09-05T14:00:00+03:00"`
      : `${field} is ${given}, not a local time: expected YYYY-MM-DDTHH:mm (no offset: the scenario's time zone applies), e.g. "2017-09-05T14:00"`;
  }
  return null;
}
