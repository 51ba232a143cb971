import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourcesDir } from "../../engine/paths.js";
import { builtInScenarios } from "../../engine/scenario/builtin.js";
import { coverage } from "../../engine/scenario/coverage.js";
import { checkQuotes } from "../../engine/scenario/quotes.js";
import { checkTimeWordings } from "../../engine/scenario/wordings.js";
import { builtIn } from "../support/scenarios.js";

const seeds = sourcesDir();
const readSeed = (id: string): string | null => {
  const file = join(seeds, `${id}.txt`);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
};
const EXPECTED = ["anbar-2015", "central-syria-2017", "deir-ez-zor-2017-01"];

describe("the built-in scenarios", () => {
  it("are the three scenarios of the source texts, and the project carries every text they cite", () => {
    expect(builtInScenarios().map((s) => s.id)).toEqual(EXPECTED);
    const cited = builtInScenarios().flatMap((s) => builtIn(s.id).scenario.documents.map((d) => d.id));
    expect(cited.filter((id) => !existsSync(join(seeds, `${id}.txt`)))).toEqual([]);
    expect(cited.length).toBe(3);
  });

  for (const id of EXPECTED) {
    describe(id, () => {
      it("quotes every source verbatim (white space aside)", () => {
        const problems = checkQuotes(builtIn(id).scenario, readSeed);
        expect(problems.map((p) => `${p.eventId ?? p.section}[${p.index}]: ${p.message}: ${p.quote}`)).toEqual([]);
      });

      it("keeps every time's wording verbatim: in its document (case and white space aside), or empty with a note", () => {
        const problems = checkTimeWordings(builtIn(id).scenario, readSeed);
        expect(problems.map((p) => `${p.eventId}: "${p.text}": ${p.message}`)).toEqual([]);
      });

      const { scenario } = builtIn(id);
      for (const doc of scenario.documents) {
        const text = readSeed(doc.id);
        const report = text === null ? null : coverage(scenario, doc.id, text);
        const figure =
          report === null
            ? "unreadable"
            : `${report.cited} cited + ${report.explained} explained of ${report.total}, ${(report.ratio * 100).toFixed(1)}%`;
        it(`accounts for every dated or numbered sentence of ${doc.id} (${figure})`, () => {
          expect(report).not.toBeNull();
          const missing = report?.sentences
            .filter((s) => s.events.length === 0 && s.reason === null)
            .map((s) => s.text);
          expect(missing).toEqual([]);
        });
      }

      it("cites only its own documents, each event with a quote and, for outside facts, a note", () => {
        const docs = new Set(scenario.documents.map((d) => d.id));
        for (const e of [...scenario.initialEvents, ...scenario.events]) {
          expect(docs.has(e.source.document)).toBe(true);
          expect(e.source.quote?.length).toBeGreaterThan(10);
        }
      });
    });
  }
});
