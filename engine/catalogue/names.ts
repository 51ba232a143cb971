/**
 * Folds a name for lookup: case, diacritics, apostrophes and punctuation do not count,
 * so "Ghan Al-‘Ali", "ghan al ali" and "Ghan al-'Ali" are one name.
 * @example normaliseName("Al-Sha’er") // "al shaer"
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘ʿʾ`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
