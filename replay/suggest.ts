import { distance } from "fastest-levenshtein";
import { tooLongToSuggest } from "../engine/input/quote.js";

/**
 * The `n` words of `among` closest to a misspelt one (edit distance, then alphabetical); none for
 * a word too long to be a misspelling of a name (the search would only cost time).
 * @example
 * closest("fx-siege-brokn", ["fx-siege-broken", "fx-casualties"]); // ["fx-siege-broken", "fx-casualties"]
 */
export function closest(word: string, among: readonly string[], n = 3): string[] {
  if (tooLongToSuggest(word)) return [];
  return among
    .map((w) => ({ w, d: distance(word, w) }))
    .sort((a, b) => a.d - b.d || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
    .slice(0, n)
    .map((x) => x.w);
}
