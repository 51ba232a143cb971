import type { ZodType } from "zod";
import { isSitrepError, type Problem } from "../../../engine/errors/sitrep-error.js";
import type { EventInput } from "../../../engine/events/schema.js";
import { didYouMean, suggest } from "../../../engine/model/suggest.js";
import type { LoadProblem } from "../../../engine/scenario/problems.js";
import type { Scenario } from "../../../engine/scenario/scenario.js";
import { Ledger } from "../../../engine/state/ledger.js";
import type { Branch, Edit } from "../../../engine/whatif/branch.js";
import { UsageError } from "../errors.js";
import type { Output } from "../output.js";
import { checkForecastFlags, type WhatIfForecastOptions } from "./whatif-forecast.js";

/** A value of an edit flag and its place on the command line: edits apply in the order given. */
export interface Tagged {
  readonly seq: number;
  readonly value: string;
}

/** The options of `sitrep whatif`, as commander gives them. */
export interface WhatIfOptions extends WhatIfForecastOptions {
  readonly infer: boolean;
  readonly drop: Tagged[];
  readonly insert: Tagged[];
  readonly replace: Tagged[];
  readonly after?: string;
  readonly before?: string;
  readonly branch?: string;
  readonly at?: string;
  readonly strict?: boolean;
  readonly chart?: string;
  readonly json?: boolean;
  readonly dir: string[];
}

/** An edit built from a flag, with the flag as the user wrote it (for error messages). */
interface FlagEdit {
  readonly edit: Edit;
  readonly flag: string;
}

/** One line for a file's problems: the first, located, and how many more. */
async function problemLine(problems: readonly Problem[]): Promise<string> {
  return (await import("../../render/problem-line.js")).problemLine(problems);
}

/**
 * Reads a JSON file holding one event (or, unless `single`, an array of events), checked like
 * a scenario's events: each problem at its file:line:col, catalogue ids checked against the
 * scenario. Throws `UsageError` with the first problem.
 */
async function readEventFile(file: string, scenario: Scenario, single: boolean): Promise<EventInput[]> {
  const [{ readInputText }, { z }, { eventInput }, { parseJson }, { parseWith }, create, { SourceMap }] =
    await Promise.all([
      import("../../../engine/input/read.js"),
      import("zod"),
      import("../../../engine/events/schema.js"),
      import("../../../engine/scenario/catalogue-files.js"),
      import("../../../engine/whatif/file.js"),
      import("../../../engine/events/create.js"),
      import("../../../engine/scenario/problems.js"),
    ]);
  const what = single ? "one event" : "one event or an array of events";
  const { text, shown } = readInputText(file, `a JSON file holding ${what}`);
  const json = parseJson(text, shown);
  if (!json.ok) throw new UsageError(await problemLine(json.problems));
  const many = Array.isArray(json.value);
  const map = new SourceMap(text);
  if (single && many) {
    const at = map.locate([]);
    throw new UsageError(
      `${shown}:${at?.line ?? 1}:${at?.column ?? 1}: a replacement is one event: write one event object, not an array`,
    );
  }
  const schema = many ? z.array(eventInput).min(1, { message: `the array holds no event: give ${what}` }) : eventInput;
  const r = parseWith(schema as ZodType<unknown>, text, shown);
  if (!r.success) throw new UsageError(await problemLine(r.problems));
  const inputs = (many ? r.json : [r.json]) as EventInput[];
  const problems: LoadProblem[] = [];
  const report = (path: (string | number)[], message: string) => {
    const full = many ? path : path.slice(1);
    const at = map.locate(full);
    problems.push({ file: shown, path: full, line: at?.line ?? null, column: at?.column ?? null, message });
  };
  inputs.forEach((input, i) => {
    let event: ReturnType<typeof create.createEvent>;
    try {
      event = create.createEvent(input, scenario.timeZone);
    } catch (e) {
      if (!(e instanceof create.EventInputError)) throw e;
      for (const issue of e.issues) report([i, ...issue.path], issue.message);
      return;
    }
    const refs = new Map(create.refsOf(event).map((ref) => [`${ref.kind}:${ref.id}`, ref]));
    for (const ref of refs.values()) {
      const cat = scenario.catalogue;
      const known =
        ref.kind === "place" ? cat.place(ref.id) : ref.kind === "actor" ? cat.actor(ref.id) : cat.side(ref.id);
      if (known !== undefined) continue;
      const hint = ref.kind === "place" ? cat.findPlace(ref.id)?.id : undefined;
      const ids = (ref.kind === "place" ? cat.places : ref.kind === "actor" ? cat.actors : cat.sides).map((x) => x.id);
      report(
        [i, ...ref.path],
        `unknown ${ref.kind} '${ref.id}' in scenario '${scenario.id}'${
          hint === undefined ? didYouMean(suggest(ref.id, ids)) : `: use its id '${hint}'`
        }`,
      );
    }
  });
  if (problems.length > 0) throw new UsageError(await problemLine(problems));
  return inputs;
}

/** The edits the flags make, in the order they were given. */
async function flagEdits(opts: WhatIfOptions, scenario: Scenario): Promise<FlagEdit[]> {
  const all = [
    ...opts.drop.map((t) => ({ ...t, op: "drop" as const })),
    ...opts.insert.map((t) => ({ ...t, op: "insert" as const })),
    ...opts.replace.map((t) => ({ ...t, op: "replace" as const })),
  ].sort((a, b) => a.seq - b.seq);
  const out: FlagEdit[] = [];
  // With --after, inserted events follow each other in file order: each goes after the previous one.
  let after = opts.after;
  for (const t of all) {
    if (t.op === "drop") {
      out.push({ edit: { op: "drop", event: t.value }, flag: `--drop ${t.value}` });
    } else if (t.op === "insert") {
      const flag = `--insert ${t.value}`;
      for (const event of await readEventFile(t.value, scenario, false)) {
        const id = (event as { id: string }).id;
        if (after !== undefined) {
          out.push({ edit: { op: "insert", event, after }, flag: `${flag} --after ${after}` });
          after = id;
        } else if (opts.before !== undefined) {
          out.push({ edit: { op: "insert", event, before: opts.before }, flag: `${flag} --before ${opts.before}` });
        } else out.push({ edit: { op: "insert", event, at: event.time }, flag });
      }
    } else {
      const eq = t.value.indexOf("=");
      const id = t.value.slice(0, eq);
      const file = t.value.slice(eq + 1);
      if (eq <= 0 || file === "")
        throw new UsageError(
          `--replace takes <event-id>=<file>, e.g. --replace cs-0905-link-up-137th=./other.json; got '${t.value}'`,
        );
      const [event] = await readEventFile(file, scenario, true);
      if (event !== undefined)
        out.push({ edit: { op: "replace", event: id, with: event }, flag: `--replace ${t.value}` });
    }
  }
  return out;
}

/** Opens a branch file and its base (also looked for in `dirs`); a bad file gives its first problem at file:line:col. */
async function openBranch(
  file: string,
  dirs: readonly string[],
  infer: boolean,
): Promise<{ branch: Branch; scenario: Scenario }> {
  const { loadBranch } = await import("../../../engine/whatif/file.js");
  try {
    return loadBranch(file, { dirs, infer });
  } catch (e) {
    if (isSitrepError(e) && e.code === "scenario-invalid") throw new UsageError(await problemLine(e.problems));
    throw e;
  }
}

/**
 * `sitrep whatif`: applies the edits (a branch file's, then the flags'), replays the branch and
 * prints what loses its footing and how it differs from the base (or, with `--forecast`, the forecast).
 */
export async function whatif(io: Output, given: string | undefined, opts: WhatIfOptions): Promise<void> {
  checkForecastFlags(opts);
  let name = given;
  if (name !== undefined && opts.branch === undefined && (await isBranchFile(name))) {
    opts = { ...opts, branch: name };
    name = undefined;
  }
  const flagCount = opts.drop.length + opts.insert.length + opts.replace.length;
  if (opts.branch !== undefined && name !== undefined)
    throw new UsageError(
      `give a scenario or --branch <file>, not both: the branch file names its base ('${name}' was given too)`,
    );
  if (opts.branch === undefined && name === undefined)
    throw new UsageError(
      "give a scenario and edits (e.g. sitrep whatif central-syria-2017 --drop <event-id>) or --branch <file>",
    );
  if (opts.branch === undefined && flagCount === 0)
    throw new UsageError("no edits: give --drop <id>, --insert <file> or --replace <id>=<file>, or --branch <file>");
  if (opts.after !== undefined && opts.before !== undefined)
    throw new UsageError("give --after or --before, not both: inserted events go either after or before an event");
  if ((opts.after ?? opts.before) !== undefined && opts.insert.length === 0)
    throw new UsageError(
      `--${opts.after === undefined ? "before" : "after"} places inserted events: give --insert <file>`,
    );

  const [{ applyEdits, BranchEditError }, { describeEdit }, { replayBranch }, { compare }] = await Promise.all([
    import("../../../engine/whatif/apply.js"),
    import("../../../engine/whatif/branch.js"),
    import("../../../engine/whatif/replay.js"),
    import("../../../engine/whatif/compare.js"),
  ]);
  let scenario: Scenario;
  let base: Branch;
  if (opts.branch !== undefined) ({ scenario, branch: base } = await openBranch(opts.branch, opts.dir, opts.infer));
  else {
    const { openScenario } = await import("../scenario.js");
    scenario = await openScenario(name as string, opts.dir, { infer: opts.infer });
    base = { name: "", note: "", base: name as string, edits: [] };
  }
  const flags = await flagEdits(opts, scenario);
  const branch: Branch = { ...base, edits: [...base.edits, ...flags.map((f) => f.edit)] };

  let edited: readonly { readonly id: string; readonly time: { readonly earliest: string } }[];
  try {
    edited = applyEdits(scenario, branch).events;
  } catch (e) {
    if (!(e instanceof BranchEditError)) throw e;
    const flag = flags[e.editIndex - base.edits.length]?.flag ?? `edits[${e.editIndex}]`;
    if (e.suggestions.length > 0 && e.eventId !== null) {
      const gone = scenario.events.some((x) => x.id === e.eventId);
      throw new UsageError(
        `${flag}: ${gone ? `event '${e.eventId}' was removed by an earlier edit` : `no event '${e.eventId}' in scenario '${scenario.id}'`}${didYouMean(e.suggestions)}`,
      );
    }
    // The engine's advice names the branch-file form; on the command line, leaving out --after/--before does that.
    throw new UsageError(
      `${flag}: ${e.reason.replace(/, or insert it with 'at'$/, ", or leave out --after/--before to place it by its own time")}`,
    );
  }

  if (opts.chart !== undefined) {
    if (opts.forecast === true)
      throw new UsageError("--chart draws the replayed branch: leave out --forecast, or --chart");
    (await import("../../chart/write.js")).checkWritable(opts.chart);
  }
  if (opts.forecast === true) {
    const { whatIfForecast } = await import("./whatif-forecast.js");
    await whatIfForecast(io, scenario, branch, branch.edits.map(describeEdit), opts);
    return;
  }

  if (opts.at !== undefined) {
    const { momentIn } = await import("../../../engine/moment.js");
    const inBranch = new Set(edited.map((e) => e.id));
    const events = [...edited, ...scenario.events.filter((e) => !inBranch.has(e.id))];
    momentIn(opts.at, { id: scenario.id, timeZone: scenario.timeZone, events }, { option: "--at" });
  }

  let replayed: ReturnType<typeof replayBranch>;
  try {
    replayed = replayBranch(scenario, branch, { mode: opts.strict === true ? "strict" : "tolerant" });
  } catch (e) {
    if (isSitrepError(e) && e.code === "rule-violation") throw new UsageError(`--strict: ${e.message}`);
    throw e;
  }
  const comparison = compare(scenario, branch, opts.at === undefined ? {} : { at: opts.at });
  const editText = (i: number | null) => {
    const edit = i === null ? undefined : branch.edits[i];
    return edit === undefined ? null : describeEdit(edit);
  };
  const consequences = replayed.consequences.map((q) => ({
    event: q.event.id,
    type: q.event.type,
    time: {
      text: q.event.time.text,
      ...(q.event.time.note === undefined ? {} : { note: q.event.time.note }),
      earliest: q.event.time.earliest,
      latest: q.event.time.latest,
    },
    rule: q.rule,
    message: q.message,
    edit: q.edit,
    editText: editText(q.edit),
  }));
  if (opts.chart !== undefined) {
    const lost = new Set(replayed.consequences.map((q) => q.event.id));
    const [{ branchChartSvg }, { writeChart }] = await Promise.all([
      import("../../chart/whatif-chart.js"),
      import("../../chart/write.js"),
    ]);
    const applied = replayed.log.events.filter((e) => !lost.has(e.id));
    writeChart(opts.chart, await branchChartSvg(scenario, applied, opts.branch === undefined ? "" : branch.name));
  }
  const { namesOf } = await import("../../render/names.js");
  const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
  const siegeName = (id: string) => Ledger.get(replayed.state.sieges, id)?.name ?? id;
  if (opts.json) {
    io.json({
      scenario: scenario.id,
      branch: {
        name: opts.branch === undefined ? null : branch.name,
        note: branch.note,
        base: branch.base,
        file: opts.branch ?? null,
        edits: branch.edits,
      },
      consequences,
      comparison: {
        ...comparison,
        places: comparison.places.map((p) => ({
          id: p.id,
          name: names.place(p.id),
          base: p.base,
          branch: p.branch,
        })),
        sieges: comparison.sieges.map((s) => ({
          id: s.id,
          name: siegeName(s.id),
          base: s.base,
          branch: s.branch,
          supply: s.supply,
        })),
      },
    });
    return;
  }
  const [{ renderWhatIf }, { claimantLabel }] = await Promise.all([
    import("../../render/whatif.js"),
    import("../../render/state.js"),
  ]);
  io.out(
    ...renderWhatIf(
      {
        scenario: scenario.id,
        branch: {
          name: opts.branch === undefined ? "" : branch.name,
          note: branch.note,
          edits: branch.edits.map(describeEdit),
        },
        consequences,
        comparison,
        siegeName,
        claimant: (id) => claimantLabel(id, scenario.documents),
      },
      names,
      io.colors,
    ),
  );
}

/** Whether a path names a branch file (a JSON object with `base` and `edits`), given in the scenario's place. */
async function isBranchFile(name: string): Promise<boolean> {
  if (!name.endsWith(".json") && !name.includes("/") && !name.includes("\\")) return false;
  const { readInputText } = await import("../../../engine/input/read.js");
  try {
    const { text } = readInputText(name, "a scenario or branch JSON file");
    // A scenario (which may be large) that never writes the key is no branch: not parsed twice.
    if (!text.includes('"edits"')) return false;
    const doc: unknown = JSON.parse(text);
    return doc !== null && typeof doc === "object" && !Array.isArray(doc) && "edits" in doc && "base" in doc;
  } catch {
    // not readable or not JSON: the scenario loader says what is wrong
    return false;
  }
}
