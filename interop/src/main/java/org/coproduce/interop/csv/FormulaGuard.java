package org.coproduce.interop.csv;

/**
 * Keeps spreadsheets from running text as a formula (CSV injection, OWASP): a text cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets read as "this is text". So that the change can be undone
 * exactly, a cell that already starts with an apostrophe gets one more: drop one leading
 * apostrophe from every text cell that has one and the text is as in the programme.
 */
final class FormulaGuard {
  private FormulaGuard() {}

  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
      default -> cell;
    };
  }
}
