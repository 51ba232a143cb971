/** Who an actor fights for: the side of a catalogue actor, or null when the catalogue has none. */
export interface SidesOfActors {
  readonly actors: { sideOf(actor: string): string | null };
}

/** The note of a capture recorded as a report of control, by which `settleCaptures` knows it again. */
export const HELD_ALREADY_NOTE =
  "ACLED reports a change of control, but its earlier rows have this side holding the place already: recorded as a report of control";

/**
 * ACLED's territorial rows in log order, made to say what the engine can apply: a capture of a
 * place by a side that the import's earlier rows show holding it before becomes a
 * `place-recaptured`; one of a place that side holds already (as the earlier rows have it) becomes
 * a `control-reported`, with a note saying why. Other events pass unchanged. Settling a settled
 * log again gives it back (a recapture, or a report with that note, is read as the capture it
 * was), so a file an update merged into is settled again whole, its old and new rows together.
 */
export function settleCaptures(
  events: readonly Record<string, unknown>[],
  ctx: SidesOfActors,
): Record<string, unknown>[] {
  const holder = new Map<string, string>();
  const heldBy = new Map<string, Set<string>>();
  return events.map((e) => {
    const capture =
      e.type === "place-captured" ||
      e.type === "place-recaptured" ||
      (e.type === "control-reported" && e.note === HELD_ALREADY_NOTE);
    if (!capture && e.type !== "control-reported") return e;
    const place = e.place as string;
    const side = ctx.actors.sideOf(e.actor as string);
    if (side === null) return e;
    const holds = holder.get(place) === side;
    const heldBefore = heldBy.get(place)?.has(side) === true;
    holder.set(place, side);
    heldBy.set(place, new Set([...(heldBy.get(place) ?? []), side]));
    if (!capture) return e;
    const type = holds ? "control-reported" : heldBefore ? "place-recaptured" : "place-captured";
    if (type === e.type) return e;
    const { note: _note, ...rest } = e;
    return holds ? { ...rest, type, note: HELD_ALREADY_NOTE } : { ...rest, type };
  });
}
