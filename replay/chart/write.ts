import { writeFileSync } from "node:fs";
import { UsageError } from "../cli/errors.js";

/**
 * Writes a chart's SVG to `file`. A file that cannot be written (no such folder, no permission,
 * a folder in its place) is bad input: one `UsageError` line naming the file and the reason.
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
    throw new UsageError(`cannot write the chart to '${file}': ${why}; give --out a writable .svg path`);
  }
}
