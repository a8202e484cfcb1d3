import titillium300 from "bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-300.woff2?url";
import titillium600 from "bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-600.woff2?url";
import titillium700 from "bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-700.woff2?url";
import titilliumItalic from "bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-italic.woff2?url";
import titillium400 from "bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2?url";

/**
 * Bootstrap Italia's CSS names Titillium Web but leaves loading it to its JS bundle, which we do
 * not use: register the bundled font files here (served from our own origin, no CDN).
 */
export function loadFonts(): void {
  if (typeof FontFace === "undefined") return;
  const faces: [string, string, string][] = [
    [titillium300, "300", "normal"],
    [titillium400, "400", "normal"],
    [titilliumItalic, "400", "italic"],
    [titillium600, "600", "normal"],
    [titillium700, "700", "normal"],
  ];
  for (const [url, weight, style] of faces) {
    const face = new FontFace("Titillium Web", `url(${url}) format("woff2")`, {
      weight,
      style,
      display: "swap",
    });
    document.fonts.add(face);
    void face.load().catch(() => undefined);
  }
}
