import { normaliseWhitespace } from "./quotes.js";

/** A sentence of a document, with its place in the document's white-space-normalised text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = /\b(?:P\.M|A\.M|U\.S|U\.N|Mt|St|Dr|Mr|Mrs|No)\.$/;

/**
 * The body of a document: front matter (between leading `---` lines), navigation lines such as
 * "• Login", headings and reference lists are left out, since they hold no reported facts.
 */
export function bodyOf(text: string): string {
  let body = text;
  const fm = /^---\n[\s\S]*?\n---\n/.exec(body);
  if (fm) body = body.slice(fm[0].length);
  const refs = body.search(/^## References/m);
  if (refs >= 0) body = body.slice(0, refs);
  return body
    .split("\n")
    .filter((line) => !/^\s*(#|•|\[object Object\])/.test(line))
    .join("\n");
}

/**
 * Splits a document's body into sentences, on `.`, `?` or `!` followed by space and a capital,
 * a digit or a quote mark, and on paragraph breaks; abbreviations such as "P.M." do not end one.
 * Offsets refer to `normaliseWhitespace(text)` of the whole document, where quotes are found.
 */
export function sentencesOf(text: string): Sentence[] {
  const whole = normaliseWhitespace(text);
  const out: Sentence[] = [];
  for (const paragraph of bodyOf(text).split(/\n\s*\n/)) {
    const p = normaliseWhitespace(paragraph);
    if (p.length === 0) continue;
    let from = 0;
    const push = (to: number) => {
      const s = p.slice(from, to).trim();
      if (s.length > 0) {
        const start = whole.indexOf(s);
        out.push({ text: s, start, end: start < 0 ? -1 : start + s.length });
      }
      from = to;
    };
    const boundary = /[.!?]["”’]?\s+(?=[A-Z0-9"“‘])/g;
    for (let m = boundary.exec(p); m !== null; m = boundary.exec(p)) {
      const upto = p.slice(0, m.index + 1);
      if (ABBREVIATIONS.test(upto)) continue;
      push(m.index + m[0].length);
    }
    push(p.length);
  }
  return out;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|half|quarters?";
// Month and day names only capitalised ("it may be" is no date); number words in any case.
const CALENDAR = new RegExp(`\\d|\\b(?:${MONTHS}|${DAYS})\\b`);
const NUMBERS = new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, "i");

/** True when a sentence gives a date or a number (digits, a month or weekday, or a number word). */
export function hasDateOrNumber(sentence: string): boolean {
  return CALENDAR.test(sentence) || NUMBERS.test(sentence);
}
