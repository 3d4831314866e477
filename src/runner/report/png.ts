/**
 * SVG figures as PNG, for papers and slides: rendered by resvg with the DejaVu fonts shipped as an
 * npm package (the machine's fonts are not read, so every machine draws the same pixels).
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** A PNG of the SVG at `scale` times its size (2: sharp on paper and high-density screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { Resvg } = (await import("@resvg/resvg-js")).default;
  const renderer = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return renderer.render().asPng();
}
