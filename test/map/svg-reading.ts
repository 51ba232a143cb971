/** Reads what an SVG map shows, as a test sees it: its markers and siege rings by their data attributes. */
export interface MarkerSeen {
  readonly place: string;
  readonly side: string;
  readonly fill: string;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];

/** Every place marker (`<g class="place" ...>`) of a map, by place id. */
export function markers(svg: string): Map<string, MarkerSeen> {
  const out = new Map<string, MarkerSeen>();
  for (const tag of svg.match(/<g class="place"[^>]*>/g) ?? []) {
    const place = attr(tag, "data-place") ?? "";
    out.set(place, { place, side: attr(tag, "data-side") ?? "", fill: attr(tag, "data-fill") ?? "" });
  }
  return out;
}

/** The ids of the siege rings a map draws. */
export function siegeRings(svg: string): string[] {
  return (svg.match(/<circle class="siege"[^>]*>/g) ?? []).map((t) => attr(t, "data-siege") ?? "");
}
