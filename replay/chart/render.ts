import type { Spec } from "./spec-parts.js";

/**
 * Renders a Vega-Lite specification to SVG text, headless: Vega-Lite compiles it to Vega, and a
 * Vega view with no renderer draws it with `toSVG()` (no canvas, no DOM; text widths are
 * estimated, so the output depends on nothing but the specification). The same specification
 * gives the same bytes. What Vega-Lite or Vega would warn about goes to `onWarning` (by
 * default nowhere), never to the console.
 * @example
 * const svg = await renderSvg(frontsSpec(src, frontRows(src)));
 */
export async function renderSvg(spec: Spec, onWarning: (message: string) => void = () => {}): Promise<string> {
  const [{ compile }, vega] = await Promise.all([import("vega-lite"), import("vega")]);
  const logger = quietLogger(onWarning);
  const compiled = compile(spec as unknown as Parameters<typeof compile>[0], { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger });
  try {
    const svg = await view.toSVG();
    return svg.endsWith("\n") ? svg : `${svg}\n`;
  } finally {
    view.finalize();
  }
}

/** A logger in the shape Vega and Vega-Lite take that hands warnings and errors to one function. */
function quietLogger(onWarning: (message: string) => void) {
  let current = 2;
  const text = (args: readonly unknown[]) => args.map(String).join(" ");
  const logger = {
    level(n?: number) {
      if (n === undefined) return current;
      current = n;
      return logger;
    },
    error(...args: readonly unknown[]) {
      onWarning(text(args));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      onWarning(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}
