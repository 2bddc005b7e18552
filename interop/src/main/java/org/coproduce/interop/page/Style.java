package org.coproduce.interop.page;

/** The page's one style sheet, inline: no font, image or other file is fetched. */
final class Style {
  static final String CSS = String.join("\n",
      "",
      ":root { color-scheme: light; }",
      "body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; line-height: 1.5;",
      "  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;",
      "  color: " + Palette.INK + "; background: " + Palette.PAPER + "; overflow-wrap: anywhere; }",
      "h1, h2, h3, h4, h5 { line-height: 1.25; }",
      "a { color: " + Palette.CONFERENCE + "; }",
      "dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }",
      "dl.facts dt { font-weight: bold; }",
      "dl.facts dd { margin: 0; }",
      "table { border-collapse: collapse; margin: 0.5rem 0; }",
      "caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }",
      "th, td { border: 1px solid " + Palette.RULE + "; padding: 0.2rem 0.5rem; text-align: left;",
      "  vertical-align: top; }",
      "th[scope=col], td.word { overflow-wrap: normal; }",
      "figure { margin: 1rem 0; }",
      ".picture-body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }",
      ".picture svg { max-width: 100%; height: auto; font-size: 13px;",
      "  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }",
      ".picture table { font-size: 0.9rem; }",
      "figcaption { color: " + Palette.MUTED + "; }",
      "svg text { unicode-bidi: isolate; }",
      "blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid " + Palette.RULE + "; }",
      ".muted { color: " + Palette.MUTED + "; }",
      "");

  private Style() {}
}
