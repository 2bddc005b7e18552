package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The json module's own types refuse null with a NullPointerException naming the parameter. */
class NullArgumentsTest {
  @Test
  void aProblemNeedsAPointerAndAMessage() {
    assertThatThrownBy(() -> new DocumentProblem(null, "m"))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("pointer");
    assertThatThrownBy(() -> new DocumentProblem("", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("message");
  }

  @Test
  void anExceptionNeedsItsProblems() {
    assertThatThrownBy(() -> new DocumentException(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("problems");
    assertThatThrownBy(() -> new DocumentException(Arrays.asList((DocumentProblem) null)))
        .isExactlyInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new DocumentException(List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a DocumentException needs at least one problem");
  }

  @Test
  void theMessageCountsAndShowsTheProblems() {
    DocumentException e = new DocumentException(
        List.of(new DocumentProblem("/id", "is required"), new DocumentProblem("", "bad")));
    assertThat(e).hasMessage("invalid programme document, 2 problems: /id: is required; \"\": bad");
  }
}
