package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
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

  @Test
  void everyReadNamesItsNullArgument() {
    ProgrammeJson json = ProgrammeJson.create();
    refuses(() -> json.read((InputStream) null), "in");
    refuses(() -> json.read((byte[]) null), "bytes");
    refuses(() -> json.read((String) null), "text");
    refuses(() -> json.read((Reader) null), "reader");
    refuses(() -> json.read((Path) null), "file");
  }

  @Test
  void everyWriteNamesItsNullArgument() {
    for (ProgrammeJson json : List.of(ProgrammeJson.create(),
        ProgrammeJson.builder().pretty(true).strict(true).build())) {
      Programme p = new ProgrammeGenerator(1).programme(2);
      refuses(() -> json.write(null), "programme");
      refuses(() -> json.write(null, new StringWriter()), "programme");
      refuses(() -> json.write(null, OutputStream.nullOutputStream()), "programme");
      refuses(() -> json.write(null, Path.of("never-written.json")), "programme");
      refuses(() -> json.write(p, (Writer) null), "out");
      refuses(() -> json.write(p, (OutputStream) null), "out");
      refuses(() -> json.write(p, (Path) null), "file");
      assertThat(Path.of("never-written.json")).doesNotExist();
      assertThat(json.read(new StringReader(json.write(p)))).isEqualTo(p);
    }
  }

  private static void refuses(ThrowingCallable call, String name) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(name);
  }
}
