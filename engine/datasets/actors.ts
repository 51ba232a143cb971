import { z } from "zod";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { ActorKind } from "../catalogue/schema.js";
import { InputError } from "../input/input-error.js";
import { readJsonInput } from "../input/read.js";
import { DatasetError } from "./errors.js";
import { TakenNames } from "./names.js";
import type { RowProblem } from "./report.js";

/** Where a dataset's actor goes: a catalogue actor, or a new actor of an existing side. */
export type ActorTarget = { readonly actor: string } | { readonly side: string };

/** A mapping file: the dataset's actor names, each to a catalogue actor or a side. */
export const mappingFileInput = z.strictObject({
  $comment: z.string().optional(),
  actors: z
    .record(
      z.string().min(1),
      z.union([
        z.strictObject({ actor: z.string().min(1).describe("Id of the catalogue actor the dataset's actor is.") }),
        z.strictObject({ side: z.string().min(1).describe("Id of the side a new actor of that name fights for.") }),
      ]),
    )
    .describe("The dataset's actor names (as its side_a/side_b or actor1/actor2 write them), each mapped."),
});

/**
 * The mapping used without `--sides`: the dataset actors the built-in catalogue knows. UCDP and
 * ACLED spell them their own way ("IS", "Government of Iraq", "Military Forces of Iraq (2014-)"),
 * so they are mapped by name here, never matched by spelling.
 */
export const DEFAULT_ACTORS: Readonly<Record<string, ActorTarget>> = {
  "Government of Iraq": { actor: "iraqi-government" },
  IS: { actor: "isil" },
  "Government of United States of America": { actor: "united-states" },
  "Islamic State (Iraq)": { actor: "isil" },
  "Islamic State (Syria)": { actor: "isil" },
  "Military Forces of Iraq (2014-)": { actor: "iraqi-army" },
  "Military Forces of Iraq (2014-2020)": { actor: "iraqi-army" },
  "Popular Mobilization Forces": { actor: "hashd-al-shaabi" },
  "Popular Mobilization Forces (Iraq)": { actor: "hashd-al-shaabi" },
};

/** Reads a mapping file (`--sides`); throws `DatasetError` naming what is wrong. */
export function readMapping(path: string): Record<string, ActorTarget> {
  let json: unknown;
  try {
    json = JSON.parse(readJsonInput(path, "a mapping file (--sides)").text);
  } catch (e) {
    if (e instanceof InputError) throw new DatasetError(e.message);
    throw new DatasetError(`${path}: not a readable JSON mapping file (${(e as Error).message})`);
  }
  const r = mappingFileInput.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new DatasetError(
      `${path}: at ${i?.path.join(".") || "the top"}: ${i?.message ?? "invalid"}; expected { "actors": { "<dataset name>": { "actor": "<id>" } | { "side": "<id>" } } }`,
    );
  }
  return r.data.actors;
}

/** An actor or side an import adds to the catalogue. */
export interface AddedActor {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly kind: ActorKind;
  readonly side: string;
  readonly note: string;
}
export interface AddedSide {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** The kind of a dataset actor by its name: a government, armed forces, or an armed group. */
function kindOf(name: string): ActorKind {
  if (/^Government of /i.test(name)) return "government";
  if (/^(Military|Police) Forces of /i.test(name)) return "armed-forces";
  return "armed-group";
}

/**
 * The catalogue actors of an import. A dataset actor the mapping names is the catalogue actor it
 * maps to (or a new actor of the side it maps to); one an earlier import of the dataset added to
 * the base catalogue is that actor again; any other becomes an actor of a side of its own, named
 * as the dataset names it, with a warning once.
 */
export class ActorBook {
  private readonly ids = new Map<string, string>();
  private readonly actorsAdded: AddedActor[] = [];
  private readonly sidesAdded: AddedSide[] = [];
  private readonly actorNames: TakenNames;
  private readonly sideNames: TakenNames;
  private readonly sideOfActor = new Map<string, string | null>();
  /** Actors of the base catalogue an earlier import of this dataset added, by the dataset's name. */
  private readonly imported = new Map<string, string>();

  constructor(
    private readonly base: Catalogue,
    private readonly mapping: Readonly<Record<string, ActorTarget>>,
    /** The dataset, for notes and names ("UCDP GED"). */
    private readonly dataset: string,
    file: string,
  ) {
    this.actorNames = new TakenNames(base.actors);
    this.sideNames = new TakenNames(base.sides);
    for (const a of base.actors) {
      const m = /^'(.*)' as (.*) names it; added by import\.$/.exec(a.note ?? "");
      if (m !== null && m[2] === dataset) this.imported.set(m[1] as string, a.id);
    }
    for (const [name, t] of Object.entries(mapping)) {
      if ("actor" in t && base.actor(t.actor) === undefined)
        throw new DatasetError(`${file}: the mapping sends '${name}' to actor '${t.actor}', which the catalogue lacks`);
      if ("side" in t && base.side(t.side) === undefined)
        throw new DatasetError(`${file}: the mapping sends '${name}' to side '${t.side}', which the catalogue lacks`);
    }
  }

  /** The actor id of a dataset actor, adding it the first time; `warn` hears of a new side once. */
  idOf(name: string, row: number, warn: (p: RowProblem) => void, column: string): string {
    const seen = this.ids.get(name);
    if (seen !== undefined) return seen;
    const t = this.mapping[name];
    const again = this.imported.get(name);
    let id: string;
    if (t !== undefined && "actor" in t) id = t.actor;
    else if (t === undefined && again !== undefined) id = again;
    else {
      const side = t?.side ?? this.newSide(name);
      id = this.newActor(name, side);
      if (t === undefined)
        warn({
          row,
          column,
          message: `actor '${name}' is not in the mapping: it becomes actor and side '${id}' of its own (map it with --sides)`,
        });
    }
    this.ids.set(name, id);
    return id;
  }

  /** The side an actor fights for, or null for one of no side. */
  sideOf(actor: string): string | null {
    if (!this.sideOfActor.has(actor)) this.sideOfActor.set(actor, this.base.actor(actor)?.side ?? null);
    return this.sideOfActor.get(actor) ?? null;
  }

  /** The actors and sides added, by id (so the catalogue does not depend on the rows' order). */
  added(): { readonly actors: readonly AddedActor[]; readonly sides: readonly AddedSide[] } {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { actors: [...this.actorsAdded].sort(byId), sides: [...this.sidesAdded].sort(byId) };
  }

  private newSide(name: string): string {
    const id = this.sideNames.freshId(name);
    const label = this.sideNames.free(name) ? name : `${name} (${this.dataset})`;
    this.sideNames.take(id, [label]);
    this.sidesAdded.push({ id, name: label, description: `'${name}' in ${this.dataset}, a side of its own.` });
    return id;
  }

  private newActor(name: string, side: string): string {
    const id = this.actorNames.freshId(name);
    const label = this.actorNames.free(name) ? name : `${name} (${this.dataset})`;
    this.actorNames.take(id, [label]);
    this.actorsAdded.push({
      id,
      name: label,
      aliases: [],
      kind: kindOf(name),
      side,
      note: `'${name}' as ${this.dataset} names it; added by import.`,
    });
    this.sideOfActor.set(id, side);
    return id;
  }
}
