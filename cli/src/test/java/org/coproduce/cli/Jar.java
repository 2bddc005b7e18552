package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built command, {@code java -jar target/coproduce.jar}, as a process, and the project's
 * files it is tested on (the paths come from the build, as system properties).
 */
final class Jar {
  /** What a run of the command did. */
  record Run(int status, String out, String err) {
    /** The lines of the standard output. */
    List<String> lines() {
      return out.lines().toList();
    }

    /** Asserts the status, and that nothing went where it should not. */
    Run exits(int expected) {
      assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
      assertThat(err).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
      return this;
    }

    /** Asserts a failure told in one line on the error stream, and nothing on the output. */
    Run failsWithOneLine(int expected, String containing) {
      exits(expected);
      assertThat(err.lines().toList()).as("stderr").hasSize(1);
      assertThat(err).contains(containing).startsWith("coproduce");
      assertThat(out).as("stdout").isEmpty();
      return this;
    }
  }

  private Jar() {}

  static Path path(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s, set by the build", property).isNotNull();
    return Paths.get(value);
  }

  static Path golden(String name) {
    return path("coproduce.golden").resolve(name);
  }

  static Path article() {
    return path("coproduce.article");
  }

  static Run run(String... args) {
    return run(null, null, args);
  }

  /** Runs with the given bytes on the standard input. */
  static Run runWithInput(byte[] input, String... args) {
    return run(input, null, args);
  }

  /** Runs with the standard output going to a file, such as {@code /dev/full}. */
  static Run runWithOutputTo(File output, String... args) {
    return run(null, output, args);
  }

  private static Run run(byte[] input, File output, String... args) {
    try {
      Path dir = Files.createTempDirectory("coproduce-run");
      List<String> command = new ArrayList<>(List.of(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", path("coproduce.jar").toString()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command);
      Path in = dir.resolve("in");
      Files.write(in, input == null ? new byte[0] : input);
      Path out = dir.resolve("out");
      Path err = dir.resolve("err");
      builder.redirectInput(in.toFile());
      builder.redirectOutput(output == null ? out.toFile() : output);
      builder.redirectError(err.toFile());
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
      Run run = new Run(process.exitValue(),
          output == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
          Files.readString(err, StandardCharsets.UTF_8));
      for (Path file : List.of(in, out, err)) {
        Files.deleteIfExists(file);
      }
      Files.delete(dir);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The pointers of a golden {@code .expected.txt} file, {@code ""} for the whole document. */
  static List<String> expectedPointers(Path expected) {
    try {
      return Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          // A pointer may be followed by " | " and this reader's message: the pointers are the
          // contract (see the golden README).
          .map(line -> line.contains(" | ") ? line.substring(0, line.indexOf(" | ")) : line)
          .map(line -> line.equals("\"\"") ? "" : line)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden documents of one folder, by name. */
  static List<Path> documents(String folder) {
    try (var files = Files.list(golden(folder))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
