import { normaliseName } from "../../engine/catalogue/names.js";

/** Arabic articles and their assimilated forms as transliterations write them ("al-", "ad-", "ez-", "ash-"). */
const ARTICLES = new Set([
  "al",
  "el",
  "il",
  "ul",
  "ad",
  "adh",
  "ag",
  "an",
  "ar",
  "as",
  "ash",
  "at",
  "ath",
  "az",
  "ed",
  "en",
  "er",
  "es",
  "et",
  "ez",
]);

/** The words of a name, folded (case, diacritics, apostrophes), with its articles dropped. */
function words(name: string): string[] {
  const all = normaliseName(name)
    .split(" ")
    .filter((w) => w !== "");
  const kept = all.filter((w) => !ARTICLES.has(w));
  return kept.length > 0 ? kept : all;
}

/**
 * The key two spellings of one name share when they differ only in case, diacritics, apostrophes,
 * punctuation or articles: "Al-Sukhnah", "as Sukhnah" and "Sukhnah" have one name key.
 * @example nameKey("Dayr az Zawr") // "dayr zawr"
 */
export function nameKey(name: string): string {
  return words(name).join(" ");
}

/** A word as transliterations write it alike: doubled letters once, ou as u, ee as i, q as k, a final -eh or -ah as -a. */
function spelling(word: string): string {
  return word
    .replace(/(.)\1+/g, "$1")
    .replace(/ou/g, "u")
    .replace(/e(?=e|i)/g, "")
    .replace(/q/g, "k")
    .replace(/(ah|eh|e)$/, "a");
}

/**
 * The key spellings of one transliteration share: "Ma'adan" and "Ma`dan", "Salamiyeh" and "Salamiyah".
 * @example spellingKey("Ma'adan") === spellingKey("Ma‘dān") // true
 */
export function spellingKey(name: string): string {
  return words(name).map(spelling).join(" ");
}

/** A word's consonant skeleton: vowels, y, w and h dropped, q read as k, doubled letters once. */
function skeleton(word: string): string {
  return word
    .replace(/q/g, "k")
    .replace(/[aeiouyhw]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/**
 * The looser key transliteration variants share: the consonant skeleton of the name key, with no spaces,
 * so "Deir ez-Zor" and "Dayr az Zawr" (both "drzr"), "Qaryatayn" and "Al Qaryatain" meet. Matches on it
 * are proposals to review, never to take unread: short skeletons meet by chance.
 * @example variantKey("Deir ez-Zor") === variantKey("Dayr az Zawr") // true
 */
export function variantKey(name: string): string {
  return words(name).map(skeleton).join("");
}
