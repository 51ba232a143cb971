import type { SideId } from "../../model/ids.js";
import type { ControlBasis, PlaceState } from "../../state/types.js";
import { type Resolved, resolvePlace, resolveSide, resolveSubject } from "../subject.js";
import { fieldDiff, fieldsOf, placeLabel, provenance, show } from "./format.js";
import { matcher, verdict } from "./result.js";

/** The fields of a place's control that the messages show. */
function controlFields(p: PlaceState): Record<string, unknown> {
  const fields = ["controller", "basis", "inferredFrom", "holder", "shares", "contested"] as const;
  return { ...fieldsOf(p, fields), shares: bestShares(p.shares) };
}

/** A place's shares by their best values (side to fraction), as the matchers compare and show them. */
function bestShares(shares: PlaceState["shares"]): Record<string, number> | null {
  return shares === null ? null : Object.fromEntries(Object.entries(shares).map(([s, q]) => [s, q.best]));
}

function read(received: unknown, name: string): { r: Resolved; p: PlaceState; label: string } {
  const r = resolveSubject(received);
  const { place, entry } = resolvePlace(r, name);
  return { r, p: place, label: `${placeLabel(name, place.id, entry)}${r.when}` };
}

/**
 * Passes when the place (any alias) is controlled by `side` (a side id or name), or by nobody
 * known for `null`.
 */
export const toHaveController = matcher((received: unknown, place: string, side: SideId | null) => {
  const { r, p, label } = read(received, place);
  const want = side === null ? null : resolveSide(r, side);
  const who = want === null ? "nobody (no known controller)" : `'${want}'`;
  return verdict(
    p.controller === want,
    {
      positive: `expected ${label} to be controlled by ${who}`,
      negative: `expected ${label} not to be controlled by ${who}, but it is`,
    },
    () => [fieldDiff({ controller: want }, controlFields(p)), "", provenance(r, p.byEvent)],
    { actual: p.controller, expected: want },
  );
});

/**
 * Passes when the place's control rests on `basis`: `"reported"` (an event or initial fact set
 * it), `"inferred"` (derived from its first capture's `from`; with `from`, inferred from that
 * capture), or `null` (no control known).
 */
export const toHaveControlBasis = matcher(
  (received: unknown, place: string, basis: ControlBasis | null, from?: string) => {
    const { r, p, label } = read(received, place);
    const what =
      basis === null
        ? "no known control"
        : basis === "inferred"
          ? `an inferred holding${from === undefined ? "" : ` (inferred from '${from}')`}`
          : "a reported holding";
    const pass = p.basis === basis && (from === undefined || p.inferredFrom === from);
    return verdict(
      pass,
      {
        positive: `expected ${label} to have ${what}`,
        negative: `expected ${label} not to have ${what}, but it has`,
      },
      () => [
        fieldDiff({ basis, ...(from === undefined ? {} : { inferredFrom: from }) }, controlFields(p)),
        "",
        provenance(r, p.byEvent),
      ],
      { actual: p.basis, expected: basis },
    );
  },
);

const EPSILON = 1e-9;

function sameShares(a: Readonly<Record<string, number>> | null, b: Readonly<Record<string, number>> | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => Math.abs((a[k] ?? 0) - (b[k] ?? 0)) <= EPSILON);
}

/**
 * Passes when the place is divided in exactly these shares (side id or name to fraction, compared
 * with each share's `best` within 1e-9), or, for `null`, when it is not divided.
 */
export const toHaveShares = matcher(
  (received: unknown, place: string, shares: Readonly<Record<string, number>> | null) => {
    const { r, p, label } = read(received, place);
    const want =
      shares === null ? null : Object.fromEntries(Object.entries(shares).map(([s, f]) => [resolveSide(r, s), f]));
    const headline =
      want === null
        ? {
            positive: `expected ${label} not to be divided`,
            negative: `expected ${label} to be divided, but it is not`,
          }
        : {
            positive: `expected ${label} to be divided ${show(want)}`,
            negative: `expected ${label} not to be divided ${show(want)}, but it is`,
          };
    return verdict(
      sameShares(bestShares(p.shares), want),
      headline,
      () => [fieldDiff({ shares: want }, controlFields(p)), "", provenance(r, p.byEvent)],
      { actual: bestShares(p.shares), expected: want },
    );
  },
);

/** Passes when fighting in or for the place is going on. */
export const toBeContested = matcher((received: unknown, place: string) => {
  const { r, p, label } = read(received, place);
  return verdict(
    p.contested,
    { positive: `expected ${label} to be contested`, negative: `expected ${label} not to be contested, but it is` },
    () => [fieldDiff({ contested: true }, controlFields(p)), "", provenance(r, p.byEvent, "last changed by")],
    { actual: p.contested, expected: true },
  );
});
