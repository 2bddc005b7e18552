package org.coproduce.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own files (the README, docs/), found wherever the tests are run from. */
final class ProjectFiles {
  private ProjectFiles() {}

  /**
   * The project's root folder: the parent of this module's folder, which Maven's test runner
   * gives as the system property {@code basedir}; without it (an IDE), the working directory or
   * its parent, whichever holds the README and docs/.
   */
  static Path root() {
    String basedir = System.getProperty("basedir");
    if (basedir != null) {
      return Path.of(basedir).toAbsolutePath().getParent();
    }
    Path here = Path.of("").toAbsolutePath();
    return isRoot(here) ? here : here.getParent();
  }

  private static boolean isRoot(Path folder) {
    return Files.isRegularFile(folder.resolve("README.md"))
        && Files.isDirectory(folder.resolve("docs"))
        && Files.isDirectory(folder.resolve("examples"));
  }
}
