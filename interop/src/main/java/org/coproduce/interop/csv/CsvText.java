package org.coproduce.interop.csv;

import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes one table as RFC 4180 text with Jackson's CSV generator: a header row, CRLF line ends,
 * fields quoted only where they must be (a comma, a quote, a line end, or space at either end),
 * quotes doubled; text cells made spreadsheet-safe when asked.
 */
final class CsvText {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
      .build();

  private CsvText() {}

  static String of(Table table, boolean spreadsheetSafe) {
    CsvSchema.Builder schema = CsvSchema.builder()
        .setUseHeader(true)
        .setLineSeparator("\r\n");
    table.columns().forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(out)) {
      for (List<String> row : table.rows()) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
          String cell = row.get(i);
          cells[i] = spreadsheetSafe && !table.isNumeric(i) ? FormulaGuard.guard(cell) : cell;
        }
        rows.write(cells);
      }
    } catch (JacksonException e) {
      // Only strings are written, to memory: Jackson has no reason to fail here.
      throw new IllegalStateException(table.fileName() + ": " + e.getOriginalMessage(), e);
    }
    String text = out.toString();
    // A table without rows still has its header.
    return text.isEmpty() ? String.join(",", table.columns()) + "\r\n" : text;
  }
}
