import type { Catalogue } from "../../engine/catalogue/catalogue.js";
import { buildCatalogue } from "../../engine/catalogue/catalogue.js";
import { createEvent } from "../../engine/events/create.js";
import type { DomainEvent } from "../../engine/events/event.js";
import type { EventInput } from "../../engine/events/schema.js";

/** A small catalogue for unit tests: two towns, a city with its airport, two armies and a person. */
export function testCatalogue(): Catalogue {
  const r = buildCatalogue({
    sides: [
      { id: "govt", name: "Government" },
      { id: "rebels", name: "Rebels" },
    ],
    places: [
      { id: "north-town", name: "North Town", aliases: ["Nord"], kind: "town" },
      { id: "south-town", name: "South Town", aliases: [], kind: "town" },
      { id: "big-city", name: "Big City", aliases: ["Grand City"], kind: "city" },
      { id: "city-airport", name: "City Airport", aliases: [], kind: "airbase", parent: "big-city" },
      { id: "main-road", name: "Main Road", aliases: [], kind: "road" },
    ],
    actors: [
      { id: "army", name: "Army", aliases: [], kind: "armed-forces", side: "govt" },
      { id: "militia", name: "Militia", aliases: [], kind: "militia", side: "govt", parent: "army" },
      { id: "rebel-band", name: "Rebel Band", aliases: [], kind: "armed-group", side: "rebels" },
      { id: "reporter", name: "A Reporter", aliases: [], kind: "person", side: null },
    ],
  });
  if (!r.success) throw new Error(r.problems.map((p) => p.message).join("; "));
  return r.data;
}

type WithoutBase<T> = T extends unknown ? Omit<T, "id" | "time" | "source"> : never;

let counter = 0;

/** An event on a day of 2020 (UTC), with a made-up source: only what the test is about needs writing. */
export function on(date: string, body: WithoutBase<EventInput>, id = `e${++counter}`): DomainEvent {
  return createEvent(
    {
      ...body,
      id,
      time: { text: date, date: `2020-${date}` },
      source: { document: "test-doc", quote: `${body.type} on ${date}` },
    } as EventInput,
    "UTC",
  );
}
