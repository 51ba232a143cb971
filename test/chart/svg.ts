import { DOMParser, type Element } from "@xmldom/xmldom";

/** One drawn item of a chart: its element, accessible description and colours. */
export interface Item {
  readonly tag: string;
  readonly label: string;
  readonly fill: string | null;
  readonly stroke: string | null;
  /** The stroke's dash pattern, null for a solid stroke. */
  readonly dash: string | null;
}

/** A rendered chart, parsed: its marks by kind, its axis titles and all of its text. */
export interface ParsedSvg {
  /** The items of the chart's data marks (`line`, `symbol`, `area`, `rule`, `text`), in drawing order. */
  marks(kind: string): Item[];
  /** The titles on its axes. */
  readonly axisTitles: readonly string[];
  /** Every line of text (titles, headers, legend labels, ...): a text element's lines (tspans) one by one. */
  readonly texts: readonly string[];
}

const elements = (root: Element, tag: string): Element[] => Array.from(root.getElementsByTagName(tag));
/** A text element's lines: its tspans' contents, or its own when it has none. */
const lines = (t: Element): string[] => {
  const spans = elements(t, "tspan");
  return spans.length > 0 ? spans.map((s) => s.textContent ?? "") : [t.textContent ?? ""];
};
const attr = (e: Element, name: string): string | null => (e.hasAttribute(name) ? e.getAttribute(name) : null);

/**
 * Parses SVG text as XML (throwing on malformed markup) and reads what Vega drew: each data mark
 * is a group of class `mark-<kind> role-mark` whose children are its items.
 */
export function parseSvg(text: string): ParsedSvg {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`malformed SVG: ${message}`);
    },
  }).parseFromString(text, "image/svg+xml");
  const root = doc.documentElement;
  if (root === null || root.tagName !== "svg") throw new Error("not an SVG document");
  const groups = elements(root, "g");
  const textsIn = (cls: string) =>
    groups
      .filter((g) => (attr(g, "class") ?? "").split(" ").includes(cls))
      .flatMap((g) => elements(g, "text").map((t) => t.textContent ?? ""));
  return {
    marks(kind) {
      return groups
        .filter((g) => {
          const cls = (attr(g, "class") ?? "").split(" ");
          return cls.includes(`mark-${kind}`) && cls.includes("role-mark");
        })
        .flatMap((g) =>
          Array.from(g.childNodes)
            .filter((n): n is Element => n.nodeType === 1)
            .map((e) => ({
              tag: e.tagName,
              label: attr(e, "aria-label") ?? "",
              fill: attr(e, "fill"),
              stroke: attr(e, "stroke"),
              dash: attr(e, "stroke-dasharray"),
            })),
        );
    },
    axisTitles: textsIn("role-axis-title"),
    texts: elements(root, "text").flatMap(lines),
  };
}
