import type { Quantity } from "../../model/quantity.js";
import { didYouMean, suggest } from "../../model/suggest.js";
import { Ledger } from "../../state/ledger.js";
import type { CasualtyTally } from "../../state/types.js";
import { resolveSide, resolveSubject } from "../subject.js";
import { provenance, quantity, show } from "./format.js";
import { matcher, verdict } from "./result.js";

/** An expected figure: a number (the best estimate) or any of its bounds. */
export type ExpectedFigure = number | { readonly low?: number; readonly best?: number; readonly high?: number };

/** The figures `toHaveCasualties` checks; those left out are not checked. */
export interface ExpectedCasualties {
  readonly killed?: ExpectedFigure;
  readonly wounded?: ExpectedFigure;
  readonly captured?: ExpectedFigure;
}

function agrees(q: Quantity, want: ExpectedFigure): boolean {
  if (typeof want === "number") return q.best === want;
  return (
    (want.low === undefined || want.low === q.low) &&
    (want.best === undefined || want.best === q.best) &&
    (want.high === undefined || want.high === q.high)
  );
}

const FIGURES = ["killed", "wounded", "captured"] as const;

/**
 * Passes when `claimant` (an attribution such as `"SOHR"`, or a document id) counts `side`'s
 * losses as given: a number is compared with the best estimate, an object with the bounds it
 * names. The message lists every event that added to the count, with its quote.
 */
export const toHaveCasualties = matcher(
  (received: unknown, side: string, claimant: string, expected: ExpectedCasualties) => {
    const r = resolveSubject(received);
    const sideId = resolveSide(r, side);
    const ledger = r.state.casualties[sideId] ?? Ledger.empty<CasualtyTally>();
    const known = Ledger.keys(ledger);
    const key = known.includes(claimant) ? claimant : known.find((k) => k.toLowerCase() === claimant.toLowerCase());
    const tally = key === undefined ? undefined : Ledger.get(ledger, key);
    const label = `${key ?? claimant}'s count of '${sideId}' losses${r.when}`;
    if (tally === undefined) {
      return verdict(
        false,
        {
          positive: `expected ${label} to be ${show(expected)}`,
          negative: `expected ${label} not to be ${show(expected)}`,
        },
        () => [
          `  ${claimant} gives no figure for '${sideId}' in this state`,
          `  claimants with figures for '${sideId}': ${known.length > 0 ? known.map((k) => `'${k}'`).join(", ") : "none"}${didYouMean(suggest(claimant, known))}`,
        ],
        { actual: undefined, expected },
      );
    }
    const checked = FIGURES.filter((f) => expected[f] !== undefined);
    const pass = checked.every((f) => agrees(tally[f], expected[f] as ExpectedFigure));
    return verdict(
      pass,
      {
        positive: `expected ${label} to be ${show(expected)}`,
        negative: `expected ${label} not to be ${show(expected)}, but it is`,
      },
      () => [
        ...FIGURES.flatMap((f) => {
          const want = expected[f];
          if (want === undefined) return [`    ${f}: ${quantity(tally[f])}`];
          if (agrees(tally[f], want)) return [`    ${f}: ${quantity(tally[f])}`];
          return [`  - expected ${f}: ${show(want)}`, `  + received ${f}: ${quantity(tally[f])}`];
        }),
        "",
        `  ${tally.reports} report${tally.reports === 1 ? "" : "s"} added up; the latest:`,
        provenance(r, tally.lastEvent, "last added to by"),
      ],
      { actual: tally, expected },
    );
  },
);
