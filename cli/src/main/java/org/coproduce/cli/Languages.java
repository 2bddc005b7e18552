package org.coproduce.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --lang} option: language ranges, most preferred first, such as ca-ES,es,en. */
final class Languages {
  private Languages() {}

  /**
   * Checks that each range is well formed (RFC 4647).
   *
   * @return the ranges, as given
   * @throws ParameterException if one is not
   */
  static List<String> check(CommandSpec spec, List<String> ranges) {
    for (String range : ranges) {
      try {
        new Locale.LanguageRange(range);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--lang takes language tags such as ca-ES,es,en, not '" + range + "'");
      }
    }
    return List.copyOf(ranges);
  }
}
