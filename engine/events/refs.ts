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
  const meta = schema.meta() as Record<string, unknown> | undefined;
  const kind = meta?.[REF_META];
  if (kind === "place" || kind === "actor" || kind === "side") {
    if (typeof value === "string") out.push({ kind, id: value, path });
    return out;
  }
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      if (def.innerType) collectRefs(def.innerType, value, path, out);
      return out;
    case "pipe":
      if (def.in) collectRefs(def.in, value, path, out);
      return out;
    case "array":
      if (def.element && Array.isArray(value)) {
        value.forEach((v, i) => {
          collectRefs(def.element as z.ZodType, v, [...path, i], out);
        });
      }
      return out;
    case "object":
      if (def.shape && typeof value === "object") {
        for (const [k, s] of Object.entries(def.shape)) {
          collectRefs(s, (value as Record<string, unknown>)[k], [...path, k], out);
        }
      }
      return out;
    default:
      return out;
  }
}
