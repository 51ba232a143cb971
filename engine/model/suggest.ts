import { distance } from "fastest-levenshtein";
import { normaliseName } from "../catalogue/names.js";
import { tooLongToSuggest } from "../input/quote.js";

/** A name to suggest, with other spellings that also count as it (a place's aliases). */
export interface Suggestible {
  readonly name: string;
  readonly aliases?: readonly string[];
}

/** How many names a "did you mean" offers unless told otherwise. */
const SUGGESTIONS = 3;

/** Shortest folded spelling that may match as a part of another ("cap" for "captured"). */
const MIN_AFFIX_CHARS = 3;

/** Largest edit distance still "close", as a share of the longer of the two folded spellings. */
const MAX_EDIT_SHARE = 0.4;

/** Ranks of a match, best first: same folded spelling, input starts it, input in it, typo, it in the input. */
const RANK = { exact: 0, prefix: 1, part: 2, edit: 3, holds: 4 } as const;

interface Match {
  readonly name: string;
  readonly folded: string;
  readonly rank: number;
  readonly edits: number;
}

/** Folds a spelling for comparison: case, diacritics, apostrophes and punctuation do not count. */
function fold(s: string): string {
  const folded = normaliseName(s);
  return folded === "" ? s.toLowerCase() : folded;
}

/** How `input` matches one spelling, or `null` when it is not close. Both are folded. */
function matchOf(input: string, spelling: string): { rank: number; edits: number } | null {
  const edits = distance(input, spelling);
  if (edits === 0) return { rank: RANK.exact, edits };
  if (input.length >= MIN_AFFIX_CHARS && spelling.startsWith(input)) return { rank: RANK.prefix, edits };
  if (input.length >= MIN_AFFIX_CHARS && spelling.includes(input)) return { rank: RANK.part, edits };
  const limit = Math.ceil(MAX_EDIT_SHARE * Math.max(input.length, spelling.length));
  if (edits <= limit) return { rank: RANK.edit, edits };
  if (spelling.length >= MIN_AFFIX_CHARS && input.includes(spelling)) return { rank: RANK.holds, edits };
  return null;
}

function before(a: Match, b: Match): number {
  return (
    a.rank - b.rank ||
    a.edits - b.edits ||
    (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * The names of `candidates` a misspelt `input` most likely meant, best first, at most `limit`:
 * the one "did you mean" of the engine and the command line.
 *
 * Spellings are compared folded (case, diacritics, apostrophes and punctuation do not count, so
 * "Deir ez Zor" is "Deir ez-Zor"). A candidate matches, in this order of preference: as the same
 * folded spelling; as a name the input starts (at least 3 characters); as a name containing the
 * input (at least 3 characters); within an edit distance of 40% of the longer spelling
 * ("dayr az zawr" for "Deir ez-Zor", "isl" for "isil"); or as a name the input holds, words
 * added ("Sukhnah" for "Sukhnah al-Kabir"). A candidate's best spelling (its name or
 * an alias) counts. Within a rank fewer edits come first, then the folded name, then the name,
 * so the answer does not depend on the order the candidates come in. Nothing close gives `[]`,
 * and so does an input too long to be a misspelt name (the search would only cost time).
 * @example
 * suggest("fx-siege-brokn", ["fx-casualties", "fx-siege-broken"]); // ["fx-siege-broken"]
 * suggest("dayr az zawr", [{ name: "Deir ez-Zor", aliases: ["Dayr al-Zawr"] }]); // ["Deir ez-Zor"]
 * suggest("nonesuch", ["cs-0914-jafrah"]); // []
 */
export function suggest(
  input: string,
  candidates: readonly (string | Suggestible)[],
  limit: number = SUGGESTIONS,
): string[] {
  if (tooLongToSuggest(input)) return [];
  const key = fold(input);
  const best = new Map<string, Match>();
  for (const c of candidates) {
    const name = typeof c === "string" ? c : c.name;
    const spellings = typeof c === "string" ? [c] : [c.name, ...(c.aliases ?? [])];
    for (const spelling of spellings) {
      const m = matchOf(key, fold(spelling));
      if (m === null) continue;
      const match: Match = { name, folded: fold(name), ...m };
      const seen = best.get(name);
      if (seen === undefined || before(match, seen) < 0) best.set(name, match);
    }
  }
  return [...best.values()]
    .sort(before)
    .slice(0, limit)
    .map((m) => m.name);
}

/**
 * `; did you mean 'a', 'b'?` for a message, or nothing when there is no suggestion.
 * @example
 * `no side 'isl'${didYouMean(["isil"])}`; // "no side 'isl'; did you mean 'isil'?"
 */
export function didYouMean(names: readonly string[]): string {
  return names.length === 0 ? "" : `; did you mean ${names.map((x) => `'${x}'`).join(", ")}?`;
}
