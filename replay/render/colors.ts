import pc from "picocolors";

/** The colour functions output uses; every one is the identity when colours are off. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour a stream: only a terminal, never when `NO_COLOR` is set (to anything but
 * the empty string); `FORCE_COLOR` (non-empty, not `0`) turns colours on for a pipe.
 * @example
 * colorsFor(process.stdout, process.env).bold("title");
 */
export function colorsFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Colors {
  return pc.createColors(useColor(stream, env));
}

/** The rule of `colorsFor`, as a boolean. */
export function useColor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

/** Colours off. */
export const plain: Colors = pc.createColors(false);
