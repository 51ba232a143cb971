import { z } from "zod";
import type { DomainEvent, EventOf } from "../events/event.js";
import type { EventInput } from "../events/schema.js";
import { type EventId, ID_PATTERN } from "../model/ids.js";
import { ScenarioLoadError } from "../scenario/problems.js";
import { type Edit, editInput } from "../whatif/branch.js";
import { parseWith, readText } from "../whatif/file.js";
import type { Rng } from "./rng.js";

/** One way a choice can go: its weight, and the edits it makes to the log. */
export interface Alternative {
  readonly name: string;
  /** Relative weight (> 0 in total over the choice; they need not sum to 1). */
  readonly weight: number;
  readonly edits: readonly Edit[];
}

/**
 * A source of chance drawn once per run: a disputed claim (which source is right) or an open
 * outcome (an assault that succeeds or fails), each as alternatives of edits.
 */
export interface Choice {
  readonly id: string;
  readonly alternatives: readonly Alternative[];
}

/** What a user outcome function sees: the run's generator (after the choices drew), its index and its log. */
export interface OutcomeContext {
  readonly rng: Rng;
  readonly run: number;
  readonly events: readonly DomainEvent[];
}

/**
 * How runs differ. `quantities`: `"triangular"` samples every uncertain quantity
 * `{ low, best, high }` from the triangular distribution with mode `best`; `"fixed"` keeps
 * `best`. `choices` are drawn in order, one uniform draw each. `outcome`, for code only, adds
 * any edits it likes after the choices; a model with one runs in the main thread (functions
 * do not cross to worker threads).
 */
export interface SimulationModel {
  readonly quantities: "triangular" | "fixed";
  readonly choices: readonly Choice[];
  readonly outcome?: (ctx: OutcomeContext) => readonly Edit[];
}

/** A problem of a model's choices: where (below `choices`), and what. */
export interface ChoiceProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What makes a model's choices impossible to draw or to report, whether they come from a file
 * or from code: two choices with one id, two alternatives of a choice with one name (their
 * shares would merge), and weights whose sum is not a finite number (every run would draw the
 * last alternative). Paths are below `choices`.
 * @example
 * choiceProblems([{ id: "c", alternatives: [{ name: "a", weight: 1e308, edits: [] }, { name: "b", weight: 1e308, edits: [] }] }]);
 * // [{ path: [0, "alternatives", 1, "weight"], message: "the weights of choice 'c' add up past ..." }]
 */
export function choiceProblems(
  choices: readonly { readonly id: string; readonly alternatives: readonly Pick<Alternative, "name" | "weight">[] }[],
): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  const ids = new Map<string, number>();
  choices.forEach((c, i) => {
    const first = ids.get(c.id);
    if (first !== undefined)
      problems.push({
        path: [i, "id"],
        message: `choice id '${c.id}' is already the id of choices[${first}]: give each choice its own id`,
      });
    else ids.set(c.id, i);
    const names = new Map<string, number>();
    let total = 0;
    let overflowed = false;
    c.alternatives.forEach((a, j) => {
      const prior = names.get(a.name);
      if (prior !== undefined)
        problems.push({
          path: [i, "alternatives", j, "name"],
          message: `alternative name '${a.name}' is already the name of alternatives[${prior}] of choice '${c.id}': give each alternative its own name`,
        });
      else names.set(a.name, j);
      total += a.weight;
      if (!overflowed && !Number.isFinite(total)) {
        overflowed = true;
        problems.push({
          path: [i, "alternatives", j, "weight"],
          message: `the weights of choice '${c.id}' add up past the largest number (${Number.MAX_VALUE}): weights are relative, so scale them all down (1 and 3 draw as 25 and 75)`,
        });
      }
    });
  });
  return problems;
}

/** A model file: `{ quantities?, choices? }`. */
export const modelInput = z.strictObject({
  $schema: z.string().optional(),
  quantities: z.enum(["triangular", "fixed"]).default("triangular"),
  choices: z
    .array(
      z.strictObject({
        id: z.string().regex(ID_PATTERN, "expected a kebab-case choice id such as 'ghan-al-ali-counterattack'"),
        alternatives: z
          .array(
            z.strictObject({
              name: z.string().min(1),
              weight: z.number().nonnegative().finite(),
              edits: z.array(editInput).default([]),
            }),
          )
          .min(1)
          .refine((alts) => alts.some((a) => a.weight !== 0) || alts.length === 0, {
            message: "at least one alternative needs a weight above 0",
          }),
      }),
    )
    .default([])
    .superRefine((choices, ctx) => {
      for (const p of choiceProblems(choices)) ctx.addIssue({ code: "custom", path: [...p.path], message: p.message });
    }),
});

/**
 * Reads a simulation model file, checked like a scenario: each problem with its line and column.
 * @example
 * const model = loadModel("ghan-al-ali.model.json");
 */
export function loadModel(path: string): SimulationModel {
  const { text, shown } = readText(path, "model");
  const r = parseWith(modelInput, text, shown, "the model file of docs/simulation.md");
  if (!r.success) throw new ScenarioLoadError(r.problems);
  const raw = r.json as {
    choices?: { id: string; alternatives: { name: string; weight: number; edits?: Edit[] }[] }[];
  };
  return {
    quantities: r.data.quantities,
    choices: (raw.choices ?? []).map((c) => ({
      id: c.id,
      alternatives: c.alternatives.map((a) => ({ name: a.name, weight: a.weight, edits: a.edits ?? [] })),
    })),
  };
}

/** The model with nothing open: uncertain quantities sampled, no choices. */
export const SAMPLE_QUANTITIES: SimulationModel = Object.freeze({ quantities: "triangular", choices: [] });

/**
 * A disputed claim: each source's alternative keeps its own events and drops the others'.
 * @example
 * disputed("9-august-losses", [
 *   { name: "army", weight: 1, events: ["cs-0809-casualties-army-claim"] },
 *   { name: "sohr", weight: 2, events: ["cs-0809-casualties-sohr"] },
 * ]);
 */
export function disputed(
  id: string,
  sources: readonly { readonly name: string; readonly weight: number; readonly events: readonly EventId[] }[],
): Choice {
  return {
    id,
    alternatives: sources.map((s) => ({
      name: s.name,
      weight: s.weight,
      edits: sources
        .filter((o) => o !== s)
        .flatMap((o) => o.events)
        .filter((e) => !s.events.includes(e))
        .map((event): Edit => ({ op: "drop", event })),
    })),
  };
}

/**
 * An open outcome: `succeeded` with probability `p`, `failed` otherwise, each a list of edits.
 * @example
 * openOutcome("ghan-al-ali", 0.5, {
 *   succeeded: [],
 *   failed: [{ op: "replace", event: counterattack.id, with: asRepelled(counterattack) }],
 * });
 */
export function openOutcome(
  id: string,
  p: number,
  outcomes: { readonly succeeded: readonly Edit[]; readonly failed: readonly Edit[] },
): Choice {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`openOutcome '${id}': p must be between 0 and 1, got ${p}`);
  return {
    id,
    alternatives: [
      { name: "succeeded", weight: p, edits: outcomes.succeeded },
      { name: "failed", weight: 1 - p, edits: outcomes.failed },
    ],
  };
}

type Attack = EventOf<"counterattack"> | Extract<EventInput, { type: "counterattack" }>;

function base(e: Attack, id: string) {
  return {
    id,
    time: e.time,
    source: e.source,
    ...(e.dependsOn === undefined ? {} : { dependsOn: [...e.dependsOn] }),
  };
}

/**
 * A counterattack as a repelled assault (it failed): the defender holds. Its id is
 * `<id>-repelled` unless given, so what depended on the attack loses its footing.
 * @example
 * asRepelled(counterattack).type; // "assault-repelled"
 */
export function asRepelled(attack: Attack, id = `${attack.id}-repelled`): EventInput {
  if (attack.place === undefined) throw new TypeError(`asRepelled: counterattack '${attack.id}' names no place`);
  return {
    ...base(attack, id),
    type: "assault-repelled",
    place: attack.place,
    attacker: attack.actor,
    defender: attack.against,
  } as EventInput;
}

/**
 * A counterattack as a capture (it succeeded): the attacker takes its place. Its id is
 * `<id>-captured` unless given.
 * @example
 * asCapture(counterattack).type; // "place-captured"
 */
export function asCapture(attack: Attack, id = `${attack.id}-captured`): EventInput {
  if (attack.place === undefined) throw new TypeError(`asCapture: counterattack '${attack.id}' names no place`);
  return { ...base(attack, id), type: "place-captured", place: attack.place, actor: attack.actor } as EventInput;
}
