import type { Catalogue } from "../catalogue/catalogue.js";
import type { DomainEvent } from "../events/event.js";
import type { State } from "../state/types.js";
import type { InferredHolding } from "./infer.js";

/** A source document a scenario cites. */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly kind: string | null;
  readonly published: string | null;
  /** For a dataset (kind `dataset`): the version its rows come from. */
  readonly version: string | null;
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
  /**
   * Holdings derived, not read, from the log: a place whose first recorded change is a capture
   * naming whom it was taken `from` was held by that side before (empty when loaded with
   * `infer: false`). They are part of `initial`.
   */
  readonly inferred: readonly InferredHolding[];
  /** The state when the scenario starts: the initial facts, then the inferred holdings. */
  readonly initial: State;
  /** Sentences with a date or number that carry no event, with the reason. */
  readonly uncited: readonly { readonly document: string; readonly quote: string; readonly reason: string }[];
  /** The file it was read from, or null when built in memory. */
  readonly file: string | null;
}
