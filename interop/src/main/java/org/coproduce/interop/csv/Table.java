package org.coproduce.interop.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.interop.internal.Names;

/**
 * One table: its file name, its columns and its rows of cells, each cell a string ({@code ""} for
 * a value that is absent). Cells of the numeric columns are numbers and never made
 * spreadsheet-safe; all others are text.
 */
final class Table {
  private static final Set<String> NUMERIC =
      Set.of("latitude", "longitude", "origin_latitude", "origin_longitude", "sdg");

  private final String name;
  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String name, String... columns) {
    this.name = name;
    this.columns = List.of(columns);
  }

  /** The file name, such as {@code sessions.csv}. */
  String fileName() {
    return name + ".csv";
  }

  String name() {
    return name;
  }

  List<String> columns() {
    return columns;
  }

  boolean isNumeric(int column) {
    return NUMERIC.contains(columns.get(column));
  }

  List<List<String>> rows() {
    return rows;
  }

  /**
   * Adds a row: a cell per column, each a string, a number, a constant of the model (in the
   * format's spelling) or an {@code Optional} of one of these (empty as {@code ""}).
   */
  void add(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalStateException(
          name + ": " + cells.length + " cells for " + columns.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell(cell));
    }
    rows.add(List.copyOf(row));
  }

  private static String cell(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Table::cell).orElse("");
    }
    if (value instanceof Enum<?> constant) {
      return Names.of(constant);
    }
    if (value instanceof Double number) {
      // Plain decimal notation, never 1.0E-5: what every CSV reader takes as a number.
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
