package org.coproduce.interop.page;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coproduce.model.Programme;

/**
 * A programme as one self-contained HTML5 page, for people: the programme and its leads, its
 * organisations by sector, its people, its conferences in date order (strands, sessions, and who
 * took part in which role), its visits with their travellers and funders, its quotes with their
 * speakers, and its outputs. Each text is shown in the reader's most preferred language among its
 * original and its translations ({@link PageOptions#withLanguages(String...)}), else as written.
 *
 * <pre>{@code
 * String html = ProgrammePage.html(programme);
 * ProgrammePage.write(programme, PageOptions.defaults().withLanguages("ca", "en"),
 *     Path.of("programme.html"));
 * }</pre>
 *
 * <p>Three pictures are drawn into the page as inline SVG, each with a {@code <title>}, a {@code
 * <desc>} and a table of the same facts beside it:
 *
 * <ul>
 *   <li>a <b>timeline</b> of the conferences and the visits to them, where a date known only to
 *       the year or the month is drawn as the whole year or month it covers;
 *   <li>the <b>sector mix</b> of each conference and session, as bars;
 *   <li>the <b>network</b> of who took part where (participants, organisations, conferences),
 *       laid out by a force-directed layout from a fixed seed: the same programme always gives
 *       the same picture.
 * </ul>
 *
 * <p>The page also carries the programme's schema.org description ({@link
 * org.coproduce.interop.schemaorg.SchemaOrg}) in a {@code <script type="application/ld+json">},
 * for machines. It needs nothing else: no script, style sheet, font or image is fetched, and its
 * only links are the URLs the programme holds. Every text of the programme is escaped; code
 * points that HTML forbids (controls, noncharacters) are shown as U+FFFD; each text is isolated
 * from the direction of its neighbours, so that bidirectional controls in one text cannot reorder
 * another. The page's own words are English ({@code <html lang="en">}); a text of the programme
 * whose language is known (the programme's language, or a quote's or an output's own, or a
 * translation's) carries it in a {@code lang} attribute. Elements have ids after the
 * JSON-LD's node ids ({@code organisations/gmca}, {@code conferences/c/sessions/s}...), so with
 * the default base a node's {@code @id} is a link to its place on the page.
 *
 * <p>The same programme and options always give the same text. This class is thread-safe.
 */
public final class ProgrammePage {
  private ProgrammePage() {}

  /**
   * The programme's page, with the default options.
   *
   * @param programme the programme
   * @return the page, an HTML5 document
   * @throws NullPointerException if an argument is null
   */
  public static String html(Programme programme) {
    return html(programme, PageOptions.defaults());
  }

  /**
   * The programme's page.
   *
   * @param programme the programme
   * @param options the reader's languages and the JSON-LD's base
   * @return the page, an HTML5 document
   * @throws NullPointerException if an argument is null
   */
  public static String html(Programme programme, PageOptions options) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(options, "options");
    return new PageWriter(programme, options).document().outerHtml() + "\n";
  }

  /**
   * Writes the programme's page to a writer, which is left open.
   *
   * @param programme the programme
   * @param options the reader's languages and the JSON-LD's base
   * @param out where to write; the page is UTF-8 text, so a byte stream under it must encode UTF-8
   * @throws NullPointerException if an argument is null
   * @throws IOException if the writer fails
   */
  public static void write(Programme programme, PageOptions options, Writer out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(html(programme, options));
  }

  /**
   * Writes the programme's page to a file in UTF-8, replacing the file if it exists.
   *
   * @param programme the programme
   * @param options the reader's languages and the JSON-LD's base
   * @param file the file to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written
   */
  public static void write(Programme programme, PageOptions options, Path file)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Files.writeString(file, html(programme, options), StandardCharsets.UTF_8);
  }
}
