import { z } from "zod";
import { ID_PATTERN } from "../model/ids.js";

/** What an id field of an event refers to. */
export type RefKind = "place" | "actor" | "side";
export const REF_META = "x-sitrep-ref";

const kebab = () => z.string().regex(ID_PATTERN, "expected a kebab-case catalogue id such as 'deir-ez-zor'");

/** A field holding a place id. */
export const placeRef = kebab().meta({ id: "PlaceId", [REF_META]: "place", description: "Catalogue id of a place." });
/** A field holding an actor id. */
export const actorRef = kebab().meta({ id: "ActorId", [REF_META]: "actor", description: "Catalogue id of an actor." });
/** A field holding a side id. */
export const sideRef = kebab().meta({ id: "SideId", [REF_META]: "side", description: "Id of a side." });
/** A field naming a siege, pocket, operation, ceasefire or talks: the scenario chooses the id. */
export const entityId = kebab().meta({
  id: "EntityId",
  description: "Id of a siege, pocket, operation, ceasefire or talks, chosen by the scenario.",
});

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly in?: z.ZodType;
}

/** One id an event refers to, with the field path it sits at. */
export interface Ref {
  readonly kind: RefKind;
  readonly id: string;
  readonly path: readonly (string | number)[];
}

type Walker = (value: unknown, path: (string | number)[], out: Ref[]) => void;
/** Each schema's walker, compiled once: walking the schema tree per event was a tenth of a load. */
const walkers = new WeakMap<z.ZodType, Walker | null>();

/** The walker of a schema, or null when no value of it can hold a catalogue id. */
function walkerOf(schema: z.ZodType): Walker | null {
  if (walkers.has(schema)) return walkers.get(schema) ?? null;
  const w = compileWalker(schema);
  walkers.set(schema, w);
  return w;
}

function compileWalker(schema: z.ZodType): Walker | null {
  const meta = schema.meta() as Record<string, unknown> | undefined;
  const kind = meta?.[REF_META];
  if (kind === "place" || kind === "actor" || kind === "side")
    return (value, path, out) => {
      if (typeof value === "string") out.push({ kind, id: value, path: [...path] });
    };
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return def.innerType ? walkerOf(def.innerType) : null;
    case "pipe":
      return def.in ? walkerOf(def.in) : null;
    case "array": {
      const element = def.element ? walkerOf(def.element) : null;
      if (element === null) return null;
      return (value, path, out) => {
        if (!Array.isArray(value)) return;
        for (let i = 0; i < value.length; i++) {
          const v: unknown = value[i];
          if (v === undefined || v === null) continue;
          path.push(i);
          element(v, path, out);
          path.pop();
        }
      };
    }
    case "object": {
      const fields = Object.entries(def.shape ?? {}).flatMap(([k, s]) => {
        const w = walkerOf(s);
        return w === null ? [] : [[k, w] as const];
      });
      if (fields.length === 0) return null;
      return (value, path, out) => {
        if (typeof value !== "object") return;
        for (const [k, w] of fields) {
          const v = (value as Record<string, unknown>)[k];
          if (v === undefined || v === null) continue;
          path.push(k);
          w(v, path, out);
          path.pop();
        }
      };
    }
    default:
      return null;
  }
}

/**
 * Walks a value alongside its schema and collects every catalogue id it holds.
 * Fields are marked with `placeRef`, `actorRef` or `sideRef`, so a new event kind needs no extra code here.
 */
export function collectRefs(
  schema: z.ZodType,
  value: unknown,
  path: readonly (string | number)[] = [],
  out: Ref[] = [],
): Ref[] {
  if (value === undefined || value === null) return out;
  walkerOf(schema)?.(value, [...path], out);
  return out;
}
