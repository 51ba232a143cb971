import type { DomainEvent } from "./event.js";

/** The names a log gives its sieges and its operations (offensives, air campaigns, pockets), by id. */
export interface EntityNames {
  readonly sieges: ReadonlyMap<string, string>;
  readonly operations: ReadonlyMap<string, string>;
}

/**
 * The names the events give sieges, operations and pockets, the first given for each id, read
 * from each list in turn (the initial facts, then the log).
 * @example
 * entityNames(scenario.initialEvents, scenario.events).sieges.get("deir-ez-zor-city"); // "Siege of Deir ez-Zor city"
 */
export function entityNames(...lists: readonly (readonly DomainEvent[])[]): EntityNames {
  const sieges = new Map<string, string>();
  const operations = new Map<string, string>();
  const note = (m: Map<string, string>, id: string, name: string | undefined) => {
    if (name !== undefined && !m.has(id)) m.set(id, name);
  };
  for (const events of lists)
    for (const e of events) {
      if (e.type === "siege-imposed") note(sieges, e.siege, e.name);
      else if (e.type === "offensive-launched" || e.type === "offensive-resumed" || e.type === "air-campaign")
        note(operations, e.operation, e.name);
      else if (e.type === "encirclement") note(operations, e.pocket, e.name);
    }
  return { sieges, operations };
}
