package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance over nst/JSONTestSuite (in ../shared/corpora, given as the system property {@code
 * coproduce.corpora}): none of its files is a programme, so every one must be refused with a
 * DocumentException and nothing else; malformed ones ({@code n_}) at the document as a whole.
 */
class JsonTestSuiteConformanceTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();

  static Path suite() {
    String corpora = System.getProperty("coproduce.corpora", "");
    Path dir = Path.of(corpora, "JSONTestSuite", "test_parsing");
    if (!Files.isDirectory(dir)) {
      System.err.println("SKIPPED LOUDLY: JSONTestSuite not found at " + dir.toAbsolutePath()
          + " (set -Dcoproduce.corpora to ../shared/corpora)");
    }
    assumeTrue(Files.isDirectory(dir), "JSONTestSuite corpus is absent: " + dir);
    return dir;
  }

  /**
   * The suite is there, whole. Without it this test is reported skipped: an assumption failing
   * inside the {@code @TestFactory} (or a {@code @BeforeAll}) makes no test at all, and the run
   * would say "Tests run: 0, Skipped: 0".
   */
  @Test
  void theSuiteIsPresentWhole() throws IOException {
    try (Stream<Path> list = Files.list(suite())) {
      assertThat(list.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(318);
    }
  }

  @TestFactory
  Stream<DynamicTest> refusesEveryFileOfTheSuiteWithItsOwnError() throws IOException {
    Path dir = suite();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSize(318);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      for (int source = 0; source < 2; source++) {
        try {
          if (source == 0) {
            JSON.read(bytes);
          } else {
            JSON.read(new java.io.ByteArrayInputStream(bytes));
          }
          fail(name + " was read as a programme");
        } catch (DocumentException e) {
          assertThat(e.problems()).isNotEmpty();
          if (name.startsWith("n_")) {
            DocumentProblem last = e.problems().get(e.problems().size() - 1);
            assertThat(last.pointer()).as(name + ": " + e.problems()).isEmpty();
            assertThat(last.message()).as(name).containsAnyOf(
                "malformed JSON", "invalid UTF-8", "byte-order mark", "only white space may follow",
                "empty", "UTF-16", "zero byte", "limit exceeded: the document nests deeper");
          }
          for (DocumentProblem problem : e.problems()) {
            assertThat(problem.message()).as(name).isNotBlank();
          }
        }
      }
    }));
  }
}
