import { EVENT_TYPES, type EventType } from "../../engine/events/kinds.js";

/** One example event as written in a scenario file. */
export type ExampleEvent = { readonly id: string; readonly type: EventType } & Readonly<Record<string, unknown>>;

/** A minimal valid example of one kind: the event, and the earlier events it needs, if any. */
export interface KindExample {
  readonly given?: readonly ExampleEvent[];
  readonly event: ExampleEvent;
}

/** The document every example cites. */
export const EXAMPLE_DOCUMENT = "example";

/** An event of the example log: dated `day` of August 2017, citing the example document. */
function ev(
  type: EventType,
  id: string,
  day: number,
  quote: string,
  fields: Readonly<Record<string, unknown>>,
): ExampleEvent {
  const date = `2017-08-${String(day).padStart(2, "0")}`;
  return {
    id,
    type,
    time: { text: `on ${day} August`, date },
    source: { document: EXAMPLE_DOCUMENT, quote },
    ...fields,
  };
}

const siege = ev("siege-imposed", "ex-siege-imposed", 1, "ISIL besieged the city and its airport.", {
  siege: "deir-ez-zor-city",
  name: "Siege of Deir ez-Zor city",
  enclave: ["deir-ez-zor", "deir-ez-zor-airport"],
  besieger: "isil",
  besieged: "syrian-army",
});
const launched = ev("offensive-launched", "ex-offensive-launched", 1, "The army launched an offensive on Sukhnah.", {
  operation: "sukhnah-offensive",
  name: "Sukhnah offensive",
  actor: "syrian-army",
  objectives: ["sukhnah"],
});
const held = ev("control-reported", "ex-control-reported", 1, "The army held Sukhnah.", {
  place: "sukhnah",
  actor: "syrian-army",
});
const lost = ev("place-captured", "ex-sukhnah-lost", 2, "ISIL took Sukhnah.", { place: "sukhnah", actor: "isil" });
const pocket = ev("encirclement", "ex-encirclement", 1, "Some 40 villages were encircled.", {
  pocket: "uqayribat-pocket",
  name: "Uqayribat pocket",
  encircled: "isil",
  by: "syrian-army",
  inside: ["uqayribat"],
  settlements: { best: 40, text: "some 40 villages" },
});

/** An example as the table writes it, its kind and id (`ex-` and the kind) left to the table's key. */
interface ExampleSpec {
  readonly day: number;
  readonly quote: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly given: readonly ExampleEvent[];
}

/** Examples that need earlier events in the log: `after(siege).on(...)`. */
function after(...given: readonly ExampleEvent[]) {
  return {
    /** An example dated `day` of August 2017 that quotes `quote`. */
    on: (day: number, quote: string, fields: Readonly<Record<string, unknown>>): ExampleSpec => ({
      day,
      quote,
      fields,
      given,
    }),
  };
}
const { on } = after();

/** Every kind's example: a spec, or one of the events above that other examples also need. */
const EXAMPLES: { readonly [K in EventType]: ExampleSpec | KindExample } = {
  "offensive-launched": { event: launched },
  "offensive-suspended": after(launched).on(5, "The offensive was halted.", {
    operation: "sukhnah-offensive",
    actor: "syrian-army",
  }),
  "offensive-resumed": on(5, "The army resumed its offensive on Sukhnah.", {
    operation: "sukhnah-offensive",
    actor: "syrian-army",
    objectives: ["sukhnah"],
  }),
  "offensive-concluded": after(launched).on(9, "The offensive ended with the town's capture.", {
    operation: "sukhnah-offensive",
    actor: "syrian-army",
    outcome: "the town's capture",
  }),
  advance: on(2, "The army came within 70 kilometers of Sukhnah.", {
    actor: "syrian-army",
    objective: "sukhnah",
    within: { low: 65, best: 70, high: 70, text: "within 70 kilometers" },
  }),
  withdrawal: on(3, "The army was pushed back to 30 kilometers from the town.", {
    actor: "syrian-army",
    objective: "sukhnah",
    within: { best: 30, text: "30 kilometers" },
  }),
  "place-captured": on(3, "The army had taken control of 20% of the town.", {
    place: "sukhnah",
    actor: "syrian-army",
    share: { best: 0.2, text: "20%" },
  }),
  "place-recaptured": after(held, lost).on(6, "The army recaptured Sukhnah.", {
    place: "sukhnah",
    actor: "syrian-army",
  }),
  "control-reported": on(1, "ISIL held about 60% of the city.", {
    place: "deir-ez-zor",
    shares: [
      { side: "isil", share: { best: 0.6, text: "about 60%" } },
      { side: "syrian-government", share: 0.4 },
    ],
  }),
  clashes: on(4, "Clashes raged in Sukhnah.", {
    sides: ["syrian-government", "isil"],
    places: ["sukhnah"],
  }),
  "assault-repelled": on(4, "The army repelled an ISIL attack on the airport.", {
    place: "deir-ez-zor-airport",
    attacker: "isil",
    defender: "syrian-army",
  }),
  raid: on(4, "ISIL raided army positions and withdrew.", {
    actor: "isil",
    target: "syrian-army",
    place: "sukhnah",
    withdrew: true,
  }),
  counterattack: on(4, "ISIL counterattacked, without success.", {
    actor: "isil",
    against: "syrian-army",
    place: "sukhnah",
    outcome: "failed",
  }),
  encirclement: { event: pocket },
  "pocket-cleared": after(pocket).on(8, "The pocket was cleared, some 1,200 square kilometres.", {
    pocket: "uqayribat-pocket",
    actor: "syrian-army",
    areaKm2: { best: 1200, text: "some 1,200 square kilometres" },
  }),
  "link-up": on(5, "The army met the 137th Brigade.", {
    forces: ["syrian-army", "brigade-137"],
    place: "brigade-137-base",
  }),
  "siege-imposed": { event: siege },
  "siege-tightened": after(siege).on(3, "ISIL cut the road to the airport.", {
    siege: "deir-ez-zor-city",
    actor: "isil",
    route: "deir-ez-zor-airport",
  }),
  "siege-broken": after(siege).on(5, "The army broke the siege of the city.", {
    siege: "deir-ez-zor-city",
    actor: "syrian-army",
  }),
  "siege-lifted": after(siege).on(5, "ISIL gave up the siege.", {
    siege: "deir-ez-zor-city",
    actor: "isil",
  }),
  "supply-route-cut": on(3, "The army cut ISIL's supply line along the highway.", {
    route: "homs-deir-ez-zor-highway",
    of: "isil",
    actor: "syrian-army",
  }),
  "supply-route-secured": on(3, "The army secured the highway.", {
    route: "homs-deir-ez-zor-highway",
    actor: "syrian-army",
  }),
  "fire-control": on(3, "The army took fire control of the road.", {
    place: "sukhnah-deir-ez-zor-highway",
    actor: "syrian-army",
  }),
  "air-campaign": on(1, "Russian aircraft began strikes over the desert.", {
    operation: "desert-air-campaign",
    actor: "russian-air-force",
    areas: ["homs-desert"],
  }),
  airstrike: on(2, "Russian aircraft struck an ISIL convoy.", {
    actor: "russian-air-force",
    against: "isil",
    place: "sukhnah",
    target: "an ISIL convoy",
  }),
  "artillery-bombardment": on(2, "The army shelled ISIL positions.", {
    actor: "syrian-army",
    against: "isil",
    place: "sukhnah",
  }),
  "airborne-landing": on(2, "Troops were landed by helicopter.", {
    actor: "syrian-army",
    mode: "helicopter",
    place: "sukhnah",
  }),
  reinforcement: on(2, "Hundreds of troops arrived from Palmyra.", {
    actor: "syrian-army",
    from: "palmyra",
    to: "sukhnah",
    size: { low: 200, best: 300, high: null, text: "hundreds of troops" },
  }),
  redeployment: on(2, "The Tiger Forces moved to the Sukhnah front.", {
    actor: "tiger-forces",
    to: "sukhnah",
  }),
  casualties: on(6, "At least 67 soldiers were killed.", {
    figures: [{ actor: "syrian-army", killed: { best: 67, high: null, text: "at least 67" } }],
  }),
  "person-killed": on(6, "A commander was killed.", {
    person: "abu-saraqah-al-trablosi",
    by: "syrian-army",
  }),
  "person-captured": on(6, "An officer was captured.", {
    person: "mohsen-hojaji",
    by: "isil",
  }),
  "person-executed": on(7, "The officer was executed.", {
    person: "mohsen-hojaji",
    by: "isil",
  }),
  "civilians-killed": on(6, "Twelve civilians were killed in the shelling.", {
    killed: 12,
    place: "sukhnah",
  }),
  displacement: on(6, "Some 5,000 people fled the town.", {
    people: { best: 5000, text: "some 5,000" },
    from: "sukhnah",
    status: "fled",
  }),
  "territory-share": on(7, "ISIL held about 10 percent of the province.", {
    actor: "isil",
    area: "homs-governorate",
    share: { best: 0.1, text: "about 10 percent" },
  }),
  "area-cleared": on(7, "The army cleared 500 square kilometres.", {
    actor: "syrian-army",
    areaKm2: 500,
  }),
  ceasefire: on(7, "A ceasefire took effect, excluding ISIL.", {
    ceasefire: "southwest-ceasefire",
    name: "South-west ceasefire",
    parties: ["syrian-government", "syrian-opposition"],
    excludes: ["isil"],
  }),
  "negotiations-scheduled": on(7, "Talks were set for 14 September in Astana.", {
    talks: "astana-6",
    name: "Astana talks, sixth round",
    venue: "astana",
    on: "2017-09-14",
  }),
  "negotiations-held": on(8, "Talks were held in Geneva.", {
    talks: "geneva-talks",
    venue: "geneva",
  }),
  development: on(8, "Protesters gathered in Damascus.", {
    category: "Protests: Peaceful protest",
    place: "damascus",
  }),
};

function example(type: EventType, spec: ExampleSpec | KindExample): KindExample {
  if ("event" in spec) return spec;
  const event = ev(type, `ex-${type}`, spec.day, spec.quote, spec.fields);
  return spec.given.length > 0 ? { given: spec.given, event } : { event };
}

/**
 * A minimal valid example of every event kind, keyed by `type` so a new kind does not compile
 * without one. They use the built-in catalogue's ids; `docs/events.md` shows them and a test
 * loads and replays each.
 */
export const EVENT_EXAMPLES = Object.fromEntries(EVENT_TYPES.map((type) => [type, example(type, EXAMPLES[type])])) as {
  readonly [K in EventType]: KindExample;
};
