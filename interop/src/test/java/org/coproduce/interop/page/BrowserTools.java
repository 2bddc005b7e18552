package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools the page is checked with: Debian's chromium, and, from npm ({@code
 * src/test/browser/package.json}), the Nu HTML Checker's {@code vnu.jar} and axe-core with
 * playwright-core. {@code .ci/run} installs them all. Where one is missing, a check that needs it
 * fails under CI (the {@code CI} environment variable is set) and is skipped loudly elsewhere.
 */
final class BrowserTools {
  static final Path TOOLS = Path.of("src", "test", "browser");
  static final Path VNU_JAR = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
  static final Path AXE = TOOLS.resolve("node_modules/axe-core/axe.min.js");
  static final Path PLAYWRIGHT = TOOLS.resolve("node_modules/playwright-core/package.json");
  static final Path AXE_CHECK = TOOLS.resolve("page-check.mjs");
  static final Path OUT = Path.of("target", "page");

  /** What a command printed, and how it ended. */
  record Run(int exitCode, String out, String err, Duration took) {}

  private BrowserTools() {}

  /** The chromium executable, or the test is failed (under CI) or skipped (elsewhere). */
  static Path chromium() {
    for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(name))) {
        return Path.of(name);
      }
    }
    return missing("chromium (apt-get install -y chromium)");
  }

  /** The node executable, or the test is failed (under CI) or skipped (elsewhere). */
  static Path node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path node = Path.of(dir.isEmpty() ? "." : dir, "node");
      if (Files.isExecutable(node)) {
        return node;
      }
    }
    return missing("node");
  }

  /** The npm-installed file, or the test is failed (under CI) or skipped (elsewhere). */
  static Path npmTool(Path file) {
    return Files.isRegularFile(file) ? file
        : missing(file + " (npm ci --ignore-scripts --prefix " + TOOLS + ")");
  }

  private static <T> T missing(String what) {
    if (System.getenv("CI") != null) {
      fail("CI must run the page's browser checks, but %s is missing", what);
    }
    System.err.println("SKIPPED: the page's browser checks need " + what);
    Assumptions.abort("missing " + what);
    throw new AssertionError("unreachable");
  }

  /** The standard flags of a headless chromium run that talks to no server. */
  static List<String> chromiumCommand(Path chromium, Path profile) {
    return new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath()));
  }

  /** Runs a command to its end (at most two minutes), collecting what it printed. */
  static Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("page-check", ".out");
    Path err = Files.createTempFile("page-check", ".err");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("%s did not finish in two minutes", command);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    try {
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), took);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Writes a page under {@code target/page/} and returns its path. */
  static Path write(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /** Deletes a folder the browser made, with everything in it. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  static void assertSucceeded(Run run, String what) {
    assertThat(run.exitCode()).as("%s ended with %s; it printed:%n%s%n%s", what, run.exitCode(),
        run.out(), run.err()).isZero();
  }
}
