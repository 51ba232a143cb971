import type { Scenario } from "../../engine/scenario/scenario.js";
import type { GeneratedCampaign } from "../../engine/testing/index.js";

/**
 * A generated campaign as a scenario: its catalogue, log, initial state and zone, its span from
 * its first event's earliest time to its last event's latest, and no documents (what is tested
 * needs only the log and the zone).
 */
export function scenarioOf(c: GeneratedCampaign): Scenario {
  const first = c.events[0]?.time.earliest ?? "2017-01-01T00:00:00Z";
  const last = c.events[c.events.length - 1]?.time.latest ?? first;
  return {
    id: "generated",
    title: "generated",
    description: null,
    timeZone: c.zone,
    span: { start: first, end: last },
    documents: [],
    catalogue: c.catalogue,
    initialEvents: [],
    events: c.events,
    inferred: [],
    initial: c.initial,
    uncited: [],
    file: null,
  } as unknown as Scenario;
}
