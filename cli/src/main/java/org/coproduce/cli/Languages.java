package org.coproduce.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --lang} option: a list of language tags, best first. */
final class Languages {
  private Languages() {}

  /**
   * Checks the tags of {@code --lang}.
   *
   * @throws Trouble while this version cannot choose among translations
   */
  static void check(CommandSpec spec, List<String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    for (String tag : tags) {
      if (!tag.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*|\\*")) {
        throw new ParameterException(spec.commandLine(),
            "--lang takes language tags such as ca-ES,es,en, not '" + tag + "'");
      }
    }
    throw new Trouble("--lang is not available in this version");
  }
}
