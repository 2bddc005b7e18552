package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.testing.ArticleProgramme;
import org.junit.jupiter.api.Test;

/**
 * The article's programme is built once for the tests and benchmarks (core's test-jar) and once
 * here, as the example a newcomer reads: the two must stay the same programme.
 */
class SameArticleProgrammeTest {
  @Test
  void theExampleBuildsTheSameProgrammeAsTheTests() {
    ProgrammeJson json = ProgrammeJson.create();
    // Compared as documents first, so that a difference shows where it is.
    assertThat(json.write(RealisingJustCities.programme()))
        .isEqualTo(json.write(ArticleProgramme.programme()));
    assertThat(RealisingJustCities.programme()).isEqualTo(ArticleProgramme.programme());
  }
}
