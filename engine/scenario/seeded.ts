import { freeze } from "immer";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { DomainEvent } from "../events/event.js";
import { applyTolerant } from "../reducer/reduce.js";
import { emptyState } from "../state/initial.js";
import type { State } from "../state/types.js";

/**
 * The state before any event of a compiled scenario's log: its catalogue's, with its initial
 * facts applied, the count of applied events at zero. A compiled scenario was checked when it was
 * loaded, so a broken rule here means the compiled form is not what the loader left: it throws.
 */
export function seededState(scenario: {
  readonly id: string;
  readonly catalogue: Catalogue;
  readonly initialEvents: readonly DomainEvent[];
}): State {
  const seeded = applyTolerant(emptyState(scenario.catalogue), scenario.initialEvents);
  if (seeded.skipped.length > 0) throw new Error(`compiled scenario '${scenario.id}' breaks a rule`);
  return freeze({ ...seeded.state, applied: 0, lastEvent: null });
}
