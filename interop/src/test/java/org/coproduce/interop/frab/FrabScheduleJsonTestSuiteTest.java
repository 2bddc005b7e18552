package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * None of the JSONTestSuite files is a schedule: the import refuses every one with its own
 * exception, never another one, a hang or a stack overflow.
 */
class FrabScheduleJsonTestSuiteTest {
  static Path suite() {
    String corpora = System.getProperty("coproduce.corpora");
    Path dir = corpora == null ? null : Path.of(corpora, "JSONTestSuite", "test_parsing");
    assumeTrue(dir != null && Files.isDirectory(dir),
        "SKIPPED LOUDLY: JSONTestSuite is absent (system property coproduce.corpora = " + corpora
            + ")");
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
  Stream<DynamicTest> refusesEveryFileOfTheJsonTestSuiteWithAScheduleException() throws IOException {
    Path dir = suite();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      byte[] bytes = Files.readAllBytes(file);
      assertThatThrownBy(() -> FrabSchedule.read(new ByteArrayInputStream(bytes)))
          .isInstanceOf(ScheduleException.class);
    }));
  }
}
