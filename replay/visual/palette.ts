/**
 * The one palette every picture sitrep draws (maps, pages, charts) colours sides with.
 *
 * Colours are the Okabe–Ito set (Okabe and Ito, "Color Universal Design", 2008), chosen to stay
 * distinguishable under the common forms of colour blindness. The built-in sides have fixed
 * colours so a reader learns them once; a side a user's catalogue adds takes the next unused
 * colour in the order the catalogue declares its sides, so the same catalogue always gets the
 * same colours.
 */

/** The Okabe–Ito colours, in the order sides without a fixed colour take them. */
export const OKABE_ITO = [
  "#E69F00", // orange
  "#56B4E9", // sky blue
  "#009E73", // bluish green
  "#F0E442", // yellow
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#CC79A7", // reddish purple
  "#000000", // black
] as const;

/** The colour of nobody's control, of an unknown controller and of places outside the picture. */
export const NEUTRAL_COLOR = "#999999";

/** The fixed colour of each built-in side. */
export const BUILT_IN_SIDE_COLORS: ReadonlyMap<string, string> = new Map([
  ["syrian-government", "#D55E00"],
  ["isil", "#000000"],
  ["syrian-opposition", "#009E73"],
  ["sdf", "#F0E442"],
  ["us-led-coalition", "#56B4E9"],
  ["iraqi-government", "#0072B2"],
]);

/**
 * A colour for every side, given the sides in the order the catalogue declares them: the
 * built-in colour where a side has one, otherwise the next Okabe–Ito colour no side uses yet
 * (cycling when there are more sides than colours).
 * @example
 * sideColors(["isil", "my-militia"]).get("my-militia"); // "#E69F00"
 */
export function sideColors(sideIds: readonly string[]): ReadonlyMap<string, string> {
  const colors = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of sideIds) {
    const fixed = BUILT_IN_SIDE_COLORS.get(id);
    if (fixed !== undefined) {
      colors.set(id, fixed);
      taken.add(fixed);
    }
  }
  const free = OKABE_ITO.filter((c) => !taken.has(c));
  const pool = free.length > 0 ? free : [...OKABE_ITO];
  let next = 0;
  for (const id of sideIds) {
    if (colors.has(id)) continue;
    colors.set(id, pool[next % pool.length] as string);
    next += 1;
  }
  return colors;
}
