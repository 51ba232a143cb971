import type { Catalogue } from "../catalogue/catalogue.js";
import type { DomainEvent } from "../events/event.js";
import type { State } from "../state/types.js";

/** A source document a scenario cites. */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly kind: string | null;
  readonly published: string | null;
  readonly note: string | null;
}

/** A loaded scenario: checked, its times resolved, its initial state built. Deeply frozen. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  /** IANA zone the source dates are read in. */
  readonly timeZone: string;
  /** First and last instant the scenario covers (ISO 8601 with offset). */
  readonly span: { readonly start: string; readonly end: string };
  readonly documents: readonly SourceDocument[];
  readonly catalogue: Catalogue;
  /** Facts that hold at the start, each cited; applied to build `initial`. */
  readonly initialEvents: readonly DomainEvent[];
  /** The event log, in order. */
  readonly events: readonly DomainEvent[];
  /** The state when the scenario starts. */
  readonly initial: State;
  /** Sentences with a date or number that carry no event, with the reason. */
  readonly uncited: readonly { readonly document: string; readonly quote: string; readonly reason: string }[];
  /** The file it was read from, or null when built in memory. */
  readonly file: string | null;
}
