package org.coproduce.json.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduce.json.DocumentException;

/**
 * Prints the time and peak heap of every hostile case of {@link HostileCases}, or of those whose
 * name contains one of the arguments. Run it on the json module's test class path, under a small
 * heap to see that each case needs little memory, for example:
 *
 * <pre>
 * java -Xmx64m -cp "$TEST_CLASSPATH" org.coproduce.json.hostile.HostileFigures "nested"
 * </pre>
 *
 * <p>A case that runs out of heap is reported as such, not hidden.
 */
public final class HostileFigures {
  private HostileFigures() {}

  /**
   * Runs the cases.
   *
   * @param names parts of the names of the cases to run; none for all
   */
  public static void main(String[] names) {
    List<HostileCase> cases = new ArrayList<>(HostileCases.limits());
    cases.addAll(HostileCases.floods());
    System.out.printf(Locale.ROOT, "max heap %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    for (HostileCase hostile : cases) {
      if (names.length > 0 && List.of(names).stream().noneMatch(hostile.name()::contains)) {
        continue;
      }
      Measured.Outcome outcome = Measured.run(hostile.name(), hostile.read());
      String result;
      if (outcome.thrown() instanceof DocumentException e) {
        result = e.problems().size() + " problem(s), the last: "
            + e.problems().get(e.problems().size() - 1);
      } else if (outcome.thrown() != null) {
        result = "THREW " + outcome.thrown();
      } else {
        result = "READ " + outcome.result();
      }
      System.out.println("  -> " + (result.length() > 160 ? result.substring(0, 160) : result));
    }
  }
}
