package org.coproduce.interop.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.internal.Language;
import org.coproduce.interop.internal.Unmapped;
import org.coproduce.model.Programme;

/**
 * The programme as tidy tables for spreadsheets, R, pandas and databases: one CSV table per type
 * and one per relation, with ids as keys.
 *
 * <pre>{@code
 * Export<Path> written = CsvTables.write(programme, Path.of("rjc"), ExportOptions.defaults());
 * Export<Path> zipped = CsvTables.write(programme, Path.of("rjc.zip"), ExportOptions.defaults());
 * Map<String, String> tables = CsvTables.tables(programme, ExportOptions.defaults()).output();
 * }</pre>
 *
 * <p>Every table is RFC 4180 text in UTF-8 (no byte order mark): a header row of column names,
 * then a row per item, lines ended by CRLF, a field quoted when it holds a comma, a quote, a line
 * end or space at either end, and quotes inside doubled. An absent value is an empty field. Dates
 * keep the precision the programme gives them ({@code 2018}, {@code 2018-11}, {@code 2018-11-05}),
 * constants are spelled as in the JSON format ({@code field-trip}), coordinates are plain decimal
 * numbers. The tables, in this order, and their keys:
 *
 * <table>
 *   <caption>The tables</caption>
 *   <tr><th>file</th><th>one row per</th><th>key</th></tr>
 *   <tr><td>{@code programme.csv}</td><td>the programme</td><td>{@code id}</td></tr>
 *   <tr><td>{@code programme_leads.csv}, {@code programme_funders.csv}</td><td>lead or funding
 *       organisation</td><td>{@code programme_id}, {@code organisation_id}</td></tr>
 *   <tr><td>{@code programme_themes.csv}, {@code programme_hashtags.csv}, {@code
 *       programme_sdgs.csv}</td><td>theme, hashtag, goal</td><td>{@code programme_id} and the
 *       value</td></tr>
 *   <tr><td>{@code organisations.csv}</td><td>organisation</td><td>{@code id}</td></tr>
 *   <tr><td>{@code participants.csv}</td><td>participant</td><td>{@code id}</td></tr>
 *   <tr><td>{@code affiliations.csv}</td><td>affiliation</td><td>{@code participant_id}, {@code
 *       organisation_id}</td></tr>
 *   <tr><td>{@code conferences.csv}</td><td>conference</td><td>{@code id}</td></tr>
 *   <tr><td>{@code conference_hosts.csv}, {@code conference_themes.csv}</td><td>host, theme</td>
 *       <td>{@code conference_id} and the host's id or the theme</td></tr>
 *   <tr><td>{@code strands.csv}, {@code sessions.csv}</td><td>strand, session</td><td>{@code
 *       conference_id}, {@code id}</td></tr>
 *   <tr><td>{@code participations.csv}</td><td>participation</td><td>{@code conference_id},
 *       {@code participant_id}, {@code role}, {@code session_id}</td></tr>
 *   <tr><td>{@code visits.csv}</td><td>visit</td><td>{@code id}</td></tr>
 *   <tr><td>{@code visit_travellers.csv}, {@code visit_funders.csv}</td><td>traveller,
 *       funder</td><td>{@code visit_id} and the participant's or organisation's id</td></tr>
 *   <tr><td>{@code quotes.csv}</td><td>quote, with its source</td><td>{@code id}</td></tr>
 *   <tr><td>{@code outputs.csv}</td><td>output</td><td>{@code id}</td></tr>
 *   <tr><td>{@code output_authors.csv}, {@code output_organisations.csv}, {@code
 *       output_conferences.csv}, {@code output_visits.csv}</td><td>author, credited
 *       organisation, conference, visit</td><td>{@code output_id} and the other's id</td></tr>
 *   <tr><td>{@code translations.csv}</td><td>text in a language the other tables do not show
 *       it in</td><td>{@code table}, {@code conference_id}, {@code id}, {@code column}, {@code
 *       language}</td></tr>
 * </table>
 *
 * <p>The columns of each table are listed in {@code docs/interop.md}. Rows follow the programme's
 * order. Strand and session ids are unique only within their conference, so every table that
 * names one names its conference too.
 *
 * <h2>Languages</h2>
 *
 * <p>Without {@link ExportOptions#language()}, text cells hold the text as written and {@code
 * translations.csv} lists every translation: the item (its table, conference and id), the column,
 * the language and the text, with {@code original} {@code false}. With a preferred language, a
 * text cell holds the translation into it where the programme has one; {@code translations.csv}
 * then lists the original of that text ({@code original} {@code true}, in the language the
 * programme gives it, if any) and the translations not shown, so that no text is lost.
 *
 * <h2>Formulas</h2>
 *
 * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, which a hostile programme could use to run commands on the reader's machine. By default
 * ({@link ExportOptions#spreadsheetSafe()}) every text cell that starts with one of these, with a
 * tab or a carriage return, or with an apostrophe, gets a leading apostrophe, which spreadsheets
 * take as "this is text". This changes the value: to get the programme's text back, drop one
 * leading apostrophe from each text cell that has one. Numeric cells (coordinates, goal numbers)
 * are never changed. Turn it off with {@code withSpreadsheetSafe(false)} for tools that never run
 * formulas.
 *
 * <h2>Warnings</h2>
 *
 * <p>The tables carry every fact of the model, in every language. The only things they leave out
 * are members of the programme's document that the model does not know (extensions); each object
 * that has some is named in a warning.
 */
public final class CsvTables {
  private CsvTables() {}

  /**
   * The tables, in memory.
   *
   * @param programme the programme
   * @param options the options; this export uses {@code spreadsheetSafe} and {@code language}
   * @return the tables, file name ({@code sessions.csv}) to text, in the order above
   */
  public static Export<Map<String, String>> tables(Programme programme, ExportOptions options) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(options, "options");
    Map<String, String> texts = new LinkedHashMap<>();
    for (Table table : ProgrammeTables.of(programme, Language.reader(programme, options))) {
      texts.put(table.fileName(), CsvText.of(table, options.spreadsheetSafe()));
    }
    return Export.of(
        Collections.unmodifiableMap(texts), Unmapped.extensions(programme));
  }

  /**
   * Writes the tables into a folder, or into one ZIP archive if the path's name ends with {@code
   * .zip} (in any case). A folder is made if missing, and tables of the same names in it are
   * replaced; other files are left alone. The ZIP's entries carry {@link
   * ExportOptions#timestamp()} as their time, so the same programme gives the same archive.
   *
   * @param programme the programme
   * @param folderOrZip where to write
   * @param options the options
   * @return the path written, and the warnings
   * @throws IOException if a file cannot be written; in a folder, the tables written before it
   *     stay
   */
  public static Export<Path> write(Programme programme, Path folderOrZip, ExportOptions options)
      throws IOException {
    Objects.requireNonNull(folderOrZip, "folderOrZip");
    Export<Map<String, String>> tables = tables(programme, options);
    Path name = folderOrZip.getFileName();
    if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      TableFiles.toZip(tables.output(), folderOrZip, options.timestamp());
    } else {
      TableFiles.toFolder(tables.output(), folderOrZip);
    }
    return tables.withOutput(folderOrZip);
  }

  /**
   * Writes the tables as one ZIP archive to a stream, which is left open.
   *
   * @param programme the programme
   * @param out where to write the archive
   * @param options the options
   * @return the warnings (the output is the table names, in order)
   * @throws IOException if the stream cannot be written
   */
  public static Export<List<String>> writeZip(
      Programme programme, OutputStream out, ExportOptions options) throws IOException {
    Objects.requireNonNull(out, "out");
    Export<Map<String, String>> tables = tables(programme, options);
    TableFiles.toZip(tables.output(), out, options.timestamp());
    return tables.withOutput(List.copyOf(tables.output().keySet()));
  }
}
