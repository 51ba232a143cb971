/**
 * Renders an SVG document to PNG with resvg (`@resvg/resvg-js`, a prebuilt native module from
 * the npm registry), at twice the SVG's size for sharp text. System fonts are loaded so labels
 * draw; without a sans-serif font installed, text is left out of the picture.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const r = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return r.render().asPng();
}
