import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "../cli/errors.js";

const ADVICE = "give a writable .svg path";

/**
 * Writes a chart's SVG to `file`. A file that cannot be written (no such folder, no permission,
 * a folder in its place) is bad input: one `UsageError` line naming the file and the reason.
 * @example
 * writeChart("fronts.svg", await renderSvg(spec));
 */
export function writeChart(file: string, svg: string): void {
  try {
    writeFileSync(file, svg);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "permission denied"
          : code === "EISDIR"
            ? "it is a folder"
            : code;
    throw new UsageError(`cannot write the chart to '${file}': ${why}; ${ADVICE}`);
  }
}

/**
 * Checks before any work that a chart could be written to `file`: its folder exists and is
 * writable, and the file is not a folder. Throws the same `UsageError` as `writeChart`.
 * @example
 * checkWritable(opts.out); // before replaying anything
 */
export function checkWritable(file: string): void {
  let reason: string | null = null;
  try {
    if (existsSync(file) && statSync(file).isDirectory()) reason = "it is a folder";
    else if (!existsSync(dirname(resolve(file)))) reason = "its folder does not exist";
    else accessSync(existsSync(file) ? file : dirname(resolve(file)), constants.W_OK);
  } catch {
    reason = "permission denied";
  }
  if (reason !== null) throw new UsageError(`cannot write the chart to '${file}': ${reason}; ${ADVICE}`);
}
