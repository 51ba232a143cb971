import type { DomainEvent } from "../../engine/events/event.js";
import type { Scenario, SourceDocument } from "../../engine/scenario/scenario.js";
import type { State } from "../../engine/state/types.js";
import { type Names, namesOf } from "../render/names.js";
import type { Window } from "./time.js";

/** What a chart is drawn from: a replayable log, its names and the window shown. */
export interface ChartSource {
  readonly title: string;
  readonly initial: State;
  readonly events: readonly DomainEvent[];
  /** The scenario's span (ISO 8601): the initial state stands at `start`. */
  readonly start: string;
  readonly end: string;
  readonly zone: string;
  readonly names: Names;
  readonly documents: readonly SourceDocument[];
  /** The instants shown; the whole span unless `--from`/`--to` narrow it. */
  readonly window: Window;
}

/**
 * The chart source of a loaded scenario, over its whole span unless a window is given.
 * @example
 * const src = chartSource(loadScenario("central-syria-2017"));
 */
export function chartSource(scenario: Scenario, window?: Window): ChartSource {
  return {
    title: scenario.title,
    initial: scenario.initial,
    events: scenario.events,
    start: scenario.span.start,
    end: scenario.span.end,
    zone: scenario.timeZone,
    names: namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]),
    documents: scenario.documents,
    window: window ?? { from: Date.parse(scenario.span.start), to: Date.parse(scenario.span.end) },
  };
}
