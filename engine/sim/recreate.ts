import { resolve } from "node:path";
import { freeze } from "immer";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { DomainEvent } from "../events/event.js";
import { readJsonInput } from "../input/read.js";
import { recordOf } from "../model/record.js";
import { builtInCatalogue } from "../scenario/catalogue-files.js";
import type { Scenario } from "../scenario/scenario.js";
import { freezeNew } from "../state/writable.js";
import type { Consequence } from "../whatif/replay.js";
import type { SimulationModel } from "./model.js";
import { type RunResult, runOne } from "./run.js";
import { resolveTarget, type SimulationTarget, setUp } from "./setup.js";

/** One run re-created: the alternatives it drew and the events that lost their footing in it. */
export interface RecreatedRun {
  /** The run's concrete log as a scenario: only the events that held, quantities as drawn. */
  readonly scenario: Scenario;
  /** For each choice id, the alternative drawn. */
  readonly drawn: Readonly<Record<string, string>>;
  /** Events of the run's log that lost their footing (left out of `scenario.events`); `edit` is always null here. */
  readonly lost: readonly Consequence[];
  /** The run's final state, as the simulation saw it. */
  readonly state: RunResult["state"];
}

/**
 * Re-creates run `index` of a simulation from its seed alone: the concrete event log it
 * replayed (choices applied, quantities drawn, events that lost their footing left out), as a
 * scenario that `Campaign.of` and `replay` take like any other and that replays to the same
 * state.
 * @example
 * const run = recreateRun(s, model, "s1", 42);
 * Campaign.of(run.scenario).at("2017-08-01").state;
 */
export function recreateRun(
  target: SimulationTarget,
  model: SimulationModel,
  seed: string | number,
  index: number,
): RecreatedRun {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`run index must be a whole number >= 0, got ${index}`);
  const { prepared, scenario } = setUp(target, {
    seed,
    model,
    measures: { places: [], casualties: false, fronts: false },
  });
  const r = runOne(prepared, index, undefined, true);
  const lost = new Set(r.lost.map((l) => l.event));
  const events = r.events.filter((e) => !lost.has(e));
  freezeNew(events);
  const drawn = recordOf(prepared.choices.map((c, i) => [c.id, c.names[r.drawn[i] as number] ?? ""] as const));
  const run: Scenario = freeze({
    ...scenario,
    id: `${scenario.id}-run-${index}`,
    title: `${scenario.title} (run ${index} of seed '${String(seed)}')`,
    description: `Run ${index} of a simulation of '${scenario.id}' with seed '${String(seed)}'${
      Object.keys(drawn).length > 0
        ? `; drawn: ${Object.entries(drawn)
            .map(([c, a]) => `${c}=${a}`)
            .join(", ")}`
        : ""
    }.`,
    events,
    file: null,
  });
  return {
    scenario: run,
    drawn,
    lost: r.lost.map((l) => ({ event: l.event, rule: l.violation.rule, message: l.violation.message, edit: null })),
    state: r.state,
  };
}

/** The events of a scenario's file as written there, by id (empty when it has no readable file). */
function rawEvents(scenario: Scenario): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (scenario.file === null) return out;
  try {
    const json = JSON.parse(readJsonInput(resolve(scenario.file), "a scenario JSON file").text) as {
      initial?: unknown;
      events?: unknown;
    };
    for (const list of [json.initial, json.events]) {
      if (!Array.isArray(list)) continue;
      for (const e of list as { id?: unknown }[]) if (typeof e?.id === "string") out.set(e.id, e);
    }
  } catch {
    // no readable file: every event is written from its loaded form
  }
  return out;
}

/** The entries of `catalogue` the built-in shared catalogue lacks, in order: a scenario file's own additions. */
function additions(catalogue: Catalogue) {
  const shared = builtInCatalogue().catalogue;
  return {
    sides: catalogue.sides.filter((s) => shared.side(s.id) === undefined),
    places: catalogue.places.filter((p) => shared.place(p.id) === undefined),
    actors: catalogue.actors.filter((a) => shared.actor(a.id) === undefined),
  };
}

/**
 * Run `index` as the text of a scenario file, which `loadScenario` loads (all its checks pass)
 * and replays to the state the run reached, save one thing: a holding the base scenario infers
 * from a capture that lost its footing in the run stands in the run (as in any branch) but is
 * not inferred from the file, which lacks the capture; the file's description lists them.
 * Documents cited only by inserted events are added.
 * Assumes the scenario was built on the built-in shared catalogue.
 * @example
 * writeFileSync("run-42.json", exportRun(s, model, "s1", 42));
 * sitrep play run-42.json
 */
export function exportRun(
  target: SimulationTarget,
  model: SimulationModel,
  seed: string | number,
  index: number,
): string {
  const { scenario } = recreateRun(target, model, seed, index);
  const base = resolveTarget(target).scenario;
  const docs = scenario.documents.map((d) => ({
    id: d.id,
    title: d.title,
    ...(d.kind === null ? {} : { kind: d.kind }),
    ...(d.published === null ? {} : { published: d.published }),
    ...(d.version === null ? {} : { version: d.version }),
    ...(d.note === null ? {} : { note: d.note }),
  }));
  const known = new Set(docs.map((d) => d.id));
  for (const e of [...scenario.initialEvents, ...scenario.events] as DomainEvent[]) {
    if (!known.has(e.source.document)) {
      known.add(e.source.document);
      docs.push({ id: e.source.document, title: `${e.source.document} (cited by a what-if edit)` });
    }
  }
  const extra = additions(scenario.catalogue);
  // Events the run left as they were are written as the scenario file wrote them (a loaded
  // event's JSON does not always load again: see the report on duplicate link-up actors).
  const raw = rawEvents(base);
  const written = (e: DomainEvent) =>
    base.events.includes(e) || base.initialEvents.includes(e) ? (raw.get(e.id) ?? e) : e;
  // A holding the base inferred from a capture the run lost stands in the run, but a file
  // without that capture cannot infer it: say so where a reader of the file looks.
  const unexpressed = scenario.inferred.filter((h) => !scenario.events.some((e) => e.id === h.from));
  const description = [
    scenario.description,
    unexpressed.length === 0
      ? null
      : `Holdings the run inferred from captures it lost, which loading this file does not infer: ${unexpressed
          .map((h) => `${h.place} (${h.side}, from '${h.from}')`)
          .join(", ")}.`,
  ]
    .filter((x) => x !== null)
    .join(" ");
  const file = {
    id: scenario.id,
    title: scenario.title,
    ...(description === "" ? {} : { description }),
    timeZone: scenario.timeZone,
    span: { start: scenario.span.start.slice(0, 10), end: scenario.span.end.slice(0, 10) },
    documents: docs,
    ...(extra.sides.length + extra.places.length + extra.actors.length > 0 ? { catalogue: extra } : {}),
    initial: scenario.initialEvents.map(written),
    uncited: scenario.uncited,
    events: scenario.events.map(written),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
