package org.coproduce.examples;

import java.util.Locale;
import org.coproduce.interop.report.TextReport;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;

/**
 * A tour of the library on the Realising Just Cities programme: it asks each question the model
 * answers in one line of code and prints the answers as a short report, then writes the programme
 * as JSON and reads it back.
 *
 * <p>Run it from the project root with {@code mvn -B -q -DskipTests package exec:java -pl examples
 * -am}.
 */
public final class Tour {
  private Tour() {}

  /**
   * Prints the report on the Realising Just Cities programme.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(report(RealisingJustCities.programme(), ProgrammeJson.create()));
  }

  /**
   * The report on a programme that has the conferences and workshop of Realising Just Cities.
   *
   * @param programme the programme to ask
   * @param json the reader and writer used for the round trip at the end
   * @return the report, several lines of text; the programme's name is its first line
   */
  public static String report(Programme programme, ProgrammeJson json) {
    // The report asks each question of the model; it is the one the coproduce command prints.
    StringBuilder out = new StringBuilder(TextReport.of(programme));

    // Finally the JSON format: write the programme, read it back, compare.
    String document = json.write(programme);
    Programme readBack = json.read(document);
    out.append("\nJSON, format 1.0\n").append(String.format(Locale.ROOT,
        "  written: %d characters; read back equal to the original: %s\n", document.length(),
        readBack.equals(programme) ? "yes" : "NO"));
    return out.toString();
  }
}
