import { isSitrepError } from "../../engine/errors/sitrep-error.js";
import type { DomainEvent } from "../../engine/events/event.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import type { SimulationTarget } from "../../engine/sim/setup.js";
import type { Branch } from "../../engine/whatif/branch.js";
import { UsageError } from "./errors.js";

/** What `simulate` and `forecast` run: a scenario or a branch, as the user named it. */
export interface Target {
  readonly target: SimulationTarget;
  readonly scenario: Scenario;
  readonly branch: Branch | null;
  /** The log the runs start from (the branch's edits applied). */
  readonly events: readonly DomainEvent[];
}

const isPath = (s: string) => s.endsWith(".json") || s.includes("/") || s.includes("\\");

/** Rethrows a file's load problems as one line (`file:line:col: ...`), exit 2. */
export async function asUsage(e: unknown): Promise<never> {
  if (isSitrepError(e) && e.code === "scenario-invalid") {
    const { problemLine } = await import("../render/problem-line.js");
    throw new UsageError(problemLine(e.problems));
  }
  throw e;
}

/** A scenario (id or path), or a branch file (a JSON object with `base` and `edits`). */
export async function openTarget(
  name: string,
  dirs: readonly string[],
  load: { readonly infer?: boolean } = {},
): Promise<Target> {
  if (isPath(name)) {
    const { readJsonInput } = await import("../../engine/input/read.js");
    let doc: unknown = null;
    try {
      doc = JSON.parse(readJsonInput(name, "a scenario or branch JSON file").text);
    } catch {
      // not readable or not JSON: the scenario loader says what is wrong
    }
    if (doc !== null && typeof doc === "object" && !Array.isArray(doc) && "edits" in doc && "base" in doc) {
      const [{ loadBranch }, { applyEdits }] = await Promise.all([
        import("../../engine/whatif/file.js"),
        import("../../engine/whatif/apply.js"),
      ]);
      try {
        const { branch, scenario } = loadBranch(name, { dirs, ...load });
        return { target: { scenario, branch }, scenario, branch, events: applyEdits(scenario, branch).events };
      } catch (e) {
        return asUsage(e);
      }
    }
  }
  const { openScenario } = await import("./scenario.js");
  const scenario = await openScenario(name, dirs, load);
  return { target: scenario, scenario, branch: null, events: scenario.events };
}
