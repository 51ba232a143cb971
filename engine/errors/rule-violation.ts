import type { EventId } from "../model/ids.js";
import { SitrepError } from "./sitrep-error.js";

/** Every rule an event can break, each checked before the event is applied. The last two are
 * checked by the scenario loader and branch replay, which see the whole log. */
export const RULE_IDS = [
  "unknown-place",
  "unknown-actor",
  "actor-without-side",
  "unknown-side",
  "already-controlled",
  "never-held",
  "from-contradicts-holder",
  "shares-exceed-one",
  "same-side",
  "siege-exists",
  "unknown-siege",
  "siege-not-active",
  "pocket-exists",
  "unknown-pocket",
  "pocket-not-formed",
  "operation-exists",
  "unknown-operation",
  "operation-not-active",
  "operation-not-suspended",
  "person-fate-final",
  "route-unchanged",
  "fire-control-over-own-place",
  "ceasefire-exists",
  "talks-exists",
  "talks-already-held",
  "dependency-missing",
  "out-of-order",
] as const;

/** The id of a rule, as `RuleViolationError.rule` carries it. */
export type RuleId = (typeof RULE_IDS)[number];

/** A broken rule, as data: what `check` returns and what `RuleViolationError` carries. */
export interface Violation {
  readonly code: "rule-violation";
  readonly eventId: EventId;
  readonly rule: RuleId;
  /** What went wrong, in one sentence. */
  readonly message: string;
  /** The part of the prior state the event conflicts with. */
  readonly conflict: unknown;
  /** What would be valid instead. */
  readonly hint: string;
}

/** Thrown when an event breaks a rule; the state it was applied to is left as it was. */
export class RuleViolationError extends SitrepError<"rule-violation", "rule-broken"> {
  override readonly name = "RuleViolationError";
  readonly eventId: EventId;
  readonly rule: RuleId;
  readonly conflict: unknown;
  readonly hint: string;

  constructor(readonly violation: Violation) {
    super(
      "rule-violation",
      "rule-broken",
      `event '${violation.eventId}' breaks rule '${violation.rule}': ${violation.message}. ${violation.hint}`,
    );
    this.eventId = violation.eventId;
    this.rule = violation.rule;
    this.conflict = violation.conflict;
    this.hint = violation.hint;
  }
}

/** Builds a violation. */
export function violation(
  eventId: EventId,
  rule: RuleId,
  message: string,
  hint: string,
  conflict: unknown = null,
): Violation {
  return { code: "rule-violation", eventId, rule, message, hint, conflict };
}
