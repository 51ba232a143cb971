import type { RowContext } from "../row-import.js";

/**
 * ACLED's territorial rows in log order, made to say what the engine can apply: a capture of a
 * place by a side that the import's earlier rows show holding it before becomes a
 * `place-recaptured`; one of a place that side holds already (as the earlier rows have it) becomes
 * a `control-reported`, with a note saying why. Other events pass unchanged.
 */
export function settleCaptures(
  events: readonly Record<string, unknown>[],
  ctx: Pick<RowContext, "actors">,
): Record<string, unknown>[] {
  const holder = new Map<string, string>();
  const heldBy = new Map<string, Set<string>>();
  return events.map((e) => {
    if (e.type !== "place-captured" && e.type !== "control-reported") return e;
    const place = e.place as string;
    const side = ctx.actors.sideOf(e.actor as string);
    if (side === null) return e;
    const holds = holder.get(place) === side;
    const heldBefore = heldBy.get(place)?.has(side) === true;
    holder.set(place, side);
    heldBy.set(place, new Set([...(heldBy.get(place) ?? []), side]));
    if (e.type === "control-reported") return e;
    if (holds)
      return {
        ...e,
        type: "control-reported",
        note: "ACLED reports a change of control, but its earlier rows have this side holding the place already: recorded as a report of control",
      };
    return heldBefore ? { ...e, type: "place-recaptured" } : e;
  });
}
