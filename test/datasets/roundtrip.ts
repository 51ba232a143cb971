import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import type { DatasetImporter } from "../../engine/datasets/row-import.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { propertyParams } from "../../engine/testing/properties/params.js";

/** A dataset's importer and exporter, and how its rows are written as a CSV. */
export interface DatasetIo {
  readonly name: string;
  readonly importer: DatasetImporter;
  readonly exporter: (s: Scenario) => { csv: string; rows: number; skipped: number };
  readonly csvOf: (rows: string[][]) => string;
}

/** Files in a temporary folder of their own, and their import, loaded. */
export function csvFiles(io: DatasetIo) {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-${io.name}-rt-`));
  let files = 0;
  const write = (text: string): string => {
    files += 1;
    const path = join(dir, `rows-${files}.csv`);
    writeFileSync(path, text);
    return path;
  };
  const load = async (path: string): Promise<Scenario> => {
    const { scenario } = await io.importer(path);
    const r = parseScenario(JSON.stringify(scenario), path);
    if (!r.success) throw new Error(`import of ${path} does not load: ${r.problems[0]?.message}`);
    return r.data;
  };
  return { write, load };
}

/** Import → export → import gives the same events and catalogue, for every generated set of rows (fixed seed). */
export async function assertRoundTrip(io: DatasetIo, rowsArb: fc.Arbitrary<string[][]>, seed: number): Promise<void> {
  const { write, load } = csvFiles(io);
  await fc.assert(
    fc.asyncProperty(rowsArb, async (rows) => {
      const first = await load(write(io.csvOf(rows)));
      const exported = io.exporter(first);
      expect(exported.rows).toBe(rows.length);
      expect(exported.skipped).toBe(0);
      const second = await load(write(exported.csv));
      expect(second.events).toEqual(first.events);
      expect(second.catalogue.places).toEqual(first.catalogue.places);
      expect(second.catalogue.actors).toEqual(first.catalogue.actors);
    }),
    propertyParams({ seed, numRuns: 40 }),
  );
}
