import { type RuleId, type Violation, violation } from "../errors/rule-violation.js";
import type { DomainEvent } from "../events/event.js";
import type { EventId } from "../model/ids.js";

/** A ledger entry as a rule cites it: the event that wrote it, when known. */
interface Prior {
  readonly byEvent: EventId | null;
}

/**
 * `ok`, or a violation of `rule` citing `prior` when `prior` already stands as the event would
 * leave it (a route already cut, a ceasefire already in effect). `says` words the conflict, given
 * the id of the event that wrote `prior` (`?` when unknown).
 * @example
 * unlessAlready(event, prior, (p) => p.status === "cut", "route-unchanged", (by) => `already cut (by '${by}')`, "Secure it first.", side);
 */
export function unlessAlready<P extends Prior, T>(
  event: DomainEvent,
  prior: P | undefined,
  stands: (prior: P) => boolean,
  rule: RuleId,
  says: (by: string, prior: P) => string,
  hint: string,
  ok: T,
): T | Violation {
  return prior !== undefined && stands(prior)
    ? violation(event.id, rule, says(prior.byEvent ?? "?", prior), hint, prior)
    : ok;
}

/**
 * A violation of `rule` when an entry under the event's new id already exists, else `null`:
 * ids of sieges, pockets, operations, ceasefires and talks are given once.
 * @example
 * refuseExisting(event, Ledger.get(state.pockets, event.pocket), "pocket-exists", (by) => `already formed in '${by}'`, "Give a new pocket a new id.");
 */
export function refuseExisting<P extends Prior>(
  event: DomainEvent,
  prior: P | undefined,
  rule: RuleId,
  says: (by: string, prior: P) => string,
  hint: string,
): Violation | null {
  return unlessAlready(event, prior, () => true, rule, says, hint, null);
}

/**
 * The entry an event names, or a violation of `rule` when there is none (`there is no pocket 'x'`).
 * @example
 * const pocket = requireEntry(event, Ledger.get(state.pockets, event.pocket), "unknown-pocket", "pocket", event.pocket, "Record its encirclement first.");
 */
export function requireEntry<P>(
  event: DomainEvent,
  entry: P | undefined,
  rule: RuleId,
  what: string,
  id: string,
  hint: string,
): P | Violation {
  return entry ?? violation(event.id, rule, `there is no ${what} '${id}'`, hint, null);
}
