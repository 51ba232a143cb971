import type { Catalogue } from "../../engine/catalogue/catalogue.js";
import { NEUTRAL_COLOR } from "../visual/palette.js";
import { EVENT_FAMILIES, type EventWindow, FAMILY_STYLE, markRadius, windowWords } from "./events.js";
import { esc } from "./layout.js";
import { type Frame, LEGEND_WIDTH } from "./projection.js";
import { markerBody } from "./symbols.js";

/**
 * Height the legend takes below its sides: "no known controller" and the symbols (with their
 * title and spacing), and a margin; and that of the events section when there is one.
 */
const BELOW_SIDES = 20 + 20 + 8 * 20 + 10;
const EVENTS_SECTION = 20 + 4 * 20 + 2 * 15 + 4;

/** The colour the symbol samples are drawn in: any side's colour would read as that side. */
const SAMPLE_COLOR = "#555555";

const base = { side: "none", shares: [], contested: false, hollow: false, faint: false, fireControl: null } as const;

/**
 * The legend panel on the right: each side the map shows with its colour, then what every
 * symbol means, then, when the map draws events, their families and what a circle's size says.
 */
export function legendSvg(
  sides: readonly string[],
  catalogue: Catalogue,
  colors: ReadonlyMap<string, string>,
  frame: Frame,
  events?: EventWindow,
): string {
  const x = frame.width - LEGEND_WIDTH + 12;
  const rows: string[] = [];
  let y = 64;
  const row = (symbol: string, text: string, attrs = "") => {
    rows.push(
      `<g transform="translate(${x + 8},${y})"${attrs}>${symbol}</g><text x="${x + 24}" y="${y + 4}" class="small">${esc(text)}</text>`,
    );
    y += 20;
  };
  rows.push(`<text x="${x}" y="${y - 14}" class="legend-title">Held by</text>`);
  // As many sides as the panel has room for above the sections below them; the rest counted.
  const room = Math.floor((frame.height - y - BELOW_SIDES - (events === undefined ? 0 : EVENTS_SECTION)) / 20);
  const listed = sides.length <= room ? sides : sides.slice(0, Math.max(0, room - 1));
  for (const side of listed) {
    const fill = colors.get(side) ?? NEUTRAL_COLOR;
    row(markerBody({ ...base, side, fill }), catalogue.side(side)?.name ?? side, ` data-legend-side="${esc(side)}"`);
  }
  if (listed.length < sides.length) {
    rows.push(
      `<text x="${x + 24}" y="${y + 4}" class="small" data-legend-more="${sides.length - listed.length}">${esc(`and ${sides.length - listed.length} more sides`)}</text>`,
    );
    y += 20;
  }
  row(markerBody({ ...base, fill: NEUTRAL_COLOR }), "no known controller");
  y += 10;
  rows.push(`<text x="${x}" y="${y - 4}" class="legend-title">Symbols</text>`);
  y += 10;
  const a = SAMPLE_COLOR;
  row(
    markerBody({
      ...base,
      fill: a,
      shares: [
        { side: "a", color: a, fraction: 0.6 },
        { side: "b", color: NEUTRAL_COLOR, fraction: 0.4 },
      ],
    }),
    "divided (shares)",
  );
  row(markerBody({ ...base, fill: a, contested: true }), "contested");
  row(markerBody({ ...base, fill: a, hollow: true }), "uncertain or inferred");
  row(`<g opacity="0.5">${markerBody({ ...base, fill: a })}</g>`, "position approximate");
  row(markerBody({ ...base, fill: NEUTRAL_COLOR, fireControl: a }), "under fire control");
  row(`<circle r="7" fill="none" stroke="${a}" stroke-width="3"/>`, "siege (besieger's colour)");
  row(`<path d="M-4 -4l8 8m0 -8l-8 8" stroke="${a}" stroke-width="2.5"/>`, "supply route cut");
  row(
    `<line x1="-8" y1="0" x2="6" y2="0" stroke="${a}" stroke-width="2.5" stroke-dasharray="4 2" marker-end="url(#head-${a.slice(1)})"/>`,
    "front: toward objective",
  );
  if (events !== undefined) {
    y += 10;
    rows.push(`<text x="${x}" y="${y - 4}" class="legend-title">Events, ${esc(windowWords(events))}</text>`);
    y += 10;
    const circle = (r: number, color: string) =>
      `<circle r="${r}" fill="${color}" fill-opacity="0.35" stroke="${color}" stroke-width="1.2"/>`;
    for (const f of EVENT_FAMILIES) row(circle(5, FAMILY_STYLE[f].color), FAMILY_STYLE[f].label);
    const r = markRadius(100);
    y += r - 6;
    rows.push(
      `<g transform="translate(${x + 4 + r},${y})">${circle(r, SAMPLE_COLOR)}</g><text x="${x + 12 + 2 * r}" y="${y + 4}" class="small">${esc("100 killed, by area")}</text>`,
    );
    y += r + 10;
  }
  return `<g class="legend"><rect x="${frame.width - LEGEND_WIDTH}" y="0" width="${LEGEND_WIDTH}" height="${frame.height}" fill="#fafafa" stroke="#ddd"/>${rows.join("")}</g>`;
}
