package org.coproduce.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables read back by the test's own RFC 4180 reader: rows as column name to value. */
final class Tables {
  private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

  Tables(Map<String, String> texts, boolean unguard) {
    texts.forEach((file, text) -> {
      List<List<String>> records = Rfc4180.parse(text);
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        assertThat(record).as("%s: a row has a field per column", file).hasSameSizeAs(header);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String value = record.get(i);
          row.put(header.get(i), unguard && value.startsWith("'") ? value.substring(1) : value);
        }
        rows.add(row);
      }
      tables.put(file.substring(0, file.length() - ".csv".length()), rows);
    });
  }

  List<Map<String, String>> rows(String table) {
    assertThat(tables).containsKey(table);
    return tables.get(table);
  }

  /** The given columns of every row, each row's values joined by "|". */
  List<String> column(String table, String... columns) {
    List<String> values = new ArrayList<>();
    for (Map<String, String> row : rows(table)) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        assertThat(row).as("%s has column %s", table, column).containsKey(column);
        cells.add(row.get(column));
      }
      values.add(String.join("|", cells));
    }
    return values;
  }

  List<String> names() {
    return List.copyOf(tables.keySet());
  }
}
