import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { Campaign, LookupError } from "../../engine/campaign.js";
import { didYouMean, type Suggestible, suggest } from "../../engine/model/suggest.js";
import { loadScenario } from "../../engine/scenario/builtin.js";
import { propertyParams } from "../../engine/testing/index.js";
import { Cursor } from "../../replay/cursor.js";

const DEIR_EZ_ZOR: Suggestible = { name: "Deir ez-Zor", aliases: ["Deir ez-Zour"] };
const PLACES: readonly (string | Suggestible)[] = ["Deir Hafer", DEIR_EZ_ZOR, "Mayadin", "Raqqa", "Sukhnah"];

describe("did you mean", () => {
  it("finds a typo", () => {
    expect(suggest("Sukhnahh", PLACES)).toEqual(["Sukhnah"]);
    expect(suggest("fx-siege-brokn", ["fx-casualties", "fx-siege-broken"])).toEqual(["fx-siege-broken"]);
    expect(suggest("isl", ["sdf", "isil", "syrian-government"])).toEqual(["isil"]);
  });

  it("takes other transliterations of a name, by its name or an alias", () => {
    expect(suggest("Deir ez Zor", PLACES)).toEqual(["Deir ez-Zor", "Deir Hafer"]);
    expect(suggest("deir ez zour", PLACES)[0]).toBe("Deir ez-Zor");
    expect(suggest("dayr az zawr", PLACES)).toEqual(["Deir ez-Zor"]);
    expect(suggest("Mayādīn", PLACES)).toEqual(["Mayadin"]);
  });

  it("puts the same folded spelling first, then names the input starts, then names containing it, then typos, then names it holds", () => {
    const ids = ["place-captured", "captured-by", "captures", "capture"];
    expect(suggest("Capture", ids, 4)).toEqual(["capture", "captures", "captured-by", "place-captured"]);
    expect(suggest("captured", ids)).toEqual(["captured-by", "place-captured", "capture", "captures"].slice(0, 3));
    expect(suggest("Sukhnah al-Kabir", PLACES)).toEqual(["Sukhnah"]);
    expect(suggest("cs-0905-link-up", ["cs-0905-link-up-137th", "cs-0905-link-ip"])).toEqual([
      "cs-0905-link-up-137th",
      "cs-0905-link-ip",
    ]);
  });

  it("offers nothing when nothing is close, and nothing for an input too long to be a misspelt name", () => {
    expect(suggest("nonesuch", ["cs-0914-jafrah", "cs-0905-siege-broken"])).toEqual([]);
    expect(suggest("Palmyra", PLACES)).toEqual([]);
    expect(suggest("x".repeat(1_000_000), ["x".repeat(1_000_000)])).toEqual([]);
    expect(suggest("Raqqa", [])).toEqual([]);
  });

  it("names each candidate once, at most as many as asked, ties in the order of their folded names, then of their code points", () => {
    expect(suggest("ab", ["ac", "ad", "ab", "AB", "aa"], 3)).toEqual(["AB", "ab", "aa"]);
    expect(suggest("Sukhnah", ["Sukhnah", { name: "Sukhnah", aliases: ["Sukhna"] }])).toEqual(["Sukhnah"]);
    expect(suggest("Sukhnahh", PLACES, 0)).toEqual([]);
  });

  it("writes the hint for a message, or nothing", () => {
    expect(`no side 'isl'${didYouMean(["isil"])}`).toBe("no side 'isl'; did you mean 'isil'?");
    expect(`no side 'zzz'${didYouMean([])}`).toBe("no side 'zzz'");
  });
});

const LETTERS = "abcdefghijklmnopqrstuvwxyz".split("");
const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 5, maxLength: 12 });

/** One edit of `s` at `at`: a letter replaced by another, inserted, or deleted. */
function oneEdit(s: string, at: number, kind: 0 | 1 | 2, letter: string): string {
  const i = at % s.length;
  if (kind === 0) return `${s.slice(0, i)}${letter === s[i] ? (letter === "a" ? "b" : "a") : letter}${s.slice(i + 1)}`;
  if (kind === 1) return `${s.slice(0, i)}${letter}${s.slice(i)}`;
  return `${s.slice(0, i)}${s.slice(i + 1)}`;
}

describe("did you mean, for any names", () => {
  it("suggests a known name first for that name with one edit, when no other name is as near", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(0 as const, 1 as const, 2 as const),
        fc.constantFrom(...LETTERS),
        (names, pick, at, kind, letter) => {
          const meant = names[pick % names.length] as string;
          const typed = oneEdit(meant, at, kind, letter);
          const others = names.filter((n) => n !== meant);
          // Another name as near, or one the typed word is part of, may honestly come first.
          fc.pre(others.every((o) => distance(o, meant) >= 3 && !o.includes(typed)));
          expect(suggest(typed, names)[0]).toBe(meant);
        },
      ),
      propertyParams({ seed: 20171127 }),
    );
  });

  it("answers the same whatever order the candidates come in", () => {
    const spelling = fc.string({ unit: fc.constantFrom("a", "b", "B", "c", "-", " ", "é"), maxLength: 6 });
    const candidate = fc.oneof(spelling, fc.record({ name: spelling, aliases: fc.array(spelling, { maxLength: 2 }) }));
    fc.assert(
      fc.property(
        spelling,
        fc
          .array(candidate, { maxLength: 10 })
          .chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))),
        fc.integer({ min: 0, max: 5 }),
        (input, [candidates, shuffled], limit) => {
          expect(suggest(input, shuffled, limit)).toEqual(suggest(input, candidates, limit));
        },
      ),
      propertyParams({ seed: 20171127 }),
    );
  });
});

describe("every lookup that fails suggests", () => {
  const campaign = Campaign.of(loadScenario("central-syria-2017"));

  it("a campaign's moment given by a misspelt event id", () => {
    expect(() => campaign.at({ event: "cs-0905-siege-brokn" })).toThrow(LookupError);
    expect(() => campaign.at({ event: "cs-0905-siege-brokn" })).toThrow(/did you mean 'cs-0905-siege-broken'/);
  });

  it("a cursor sought to a misspelt event id", () => {
    expect(() => new Cursor(campaign).seek("cs-0905-siege-brokn")).toThrow(/did you mean 'cs-0905-siege-broken'/);
  });

  it("a campaign's place by another transliteration", () => {
    expect(() => campaign.placeId("Sukhnahh")).toThrow(/did you mean 'Sukhnah'/);
  });
});
