package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coproduce.model.Conference;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module puts programmes and their parts inside applications' own documents. */
class ModuleTest {
  /** An application's own document that carries a programme and one of its conferences. */
  public record Envelope(String sender, Programme programme, List<Conference> highlights,
      PartialDate sent, Role role) {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(ProgrammeJson.module()).build();

  @Test
  void writesAndReadsModelTypesInsideAnApplicationsDocument() {
    Programme programme = new ProgrammeGenerator(7).programme(12);
    Envelope envelope = new Envelope("city-service", programme,
        List.of(programme.conferences().get(0)), PartialDate.ofMonth(2018, 11), Role.OBSERVER);
    String text = MAPPER.writeValueAsString(envelope);
    assertThat(text).contains("\"sent\":\"2018-11\"", "\"role\":\"observer\"");
    assertThat(text).contains(ProgrammeJson.create().write(programme));

    Envelope read = MAPPER.readValue(text, Envelope.class);
    assertThat(read).isEqualTo(envelope);
  }

  @Test
  void reportsProblemsAtPointersFromTheApplicationsRoot() {
    String text = "{\"sender\":\"s\",\"highlights\":[{\"id\":\"c\",\"name\":\"C\","
        + "\"dates\":{\"start\":\"2018-13\"}}]}";
    assertThatThrownBy(() -> MAPPER.readValue(text, Envelope.class))
        .cause()
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(DocumentProblem::pointer)
            .containsExactly("/highlights/0/dates/start"));
    // Without wrapping, applications receive the DocumentException itself.
    JsonMapper unwrapped = MAPPER.rebuild()
        .disable(tools.jackson.databind.DeserializationFeature.WRAP_EXCEPTIONS).build();
    assertThatThrownBy(() -> unwrapped.readValue(text, Envelope.class))
        .isInstanceOf(DocumentException.class);
  }

  @Test
  void checksReferencesInsideAnEmbeddedProgramme() {
    String doc = ProgrammeJsonTest.SMALL.replace(
        "\"speaker\":\"david-rogerson\"", "\"speaker\":\"nobody\"");
    String text = "{\"programme\":" + doc + "}";
    assertThatThrownBy(() -> MAPPER.readValue(text, Envelope.class))
        .cause()
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(DocumentProblem::pointer)
            .singleElement().asString().matches("/programme/quotes/\\d+/speaker"));
  }
}
