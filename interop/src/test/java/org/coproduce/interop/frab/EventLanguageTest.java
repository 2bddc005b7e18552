package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.coproduce.model.Session;
import org.junit.jupiter.api.Test;

/** An event's language is the language its session is held in. */
class EventLanguageTest {
  private static final String POINTER = "/schedule/conference/days/0/rooms/Room/";

  private static ScheduleImport oneEvent(String language) {
    return FrabScheduleTest.read(FrabScheduleTest.oneDay(
        "{\"guid\": \"g1\", \"slug\": \"talk-one\", \"title\": \"Talk one\", \"type\": \"talk\","
            + " \"language\": " + language + "}"));
  }

  private static Session session(ScheduleImport result) {
    return result.programme().conferences().get(0).sessions().get(0);
  }

  @Test
  void anEventsLanguageBecomesItsSessionsLanguage() {
    ScheduleImport result = oneEvent("\"de\"");
    assertThat(session(result).language()).isEqualTo(Optional.of("de"));
    assertThat(result.warnings()).noneMatch(w -> w.contains("/language"));
  }

  @Test
  void aTagInAnyCaseIsKeptAsGiven() {
    assertThat(session(oneEvent("\"pt-BR\"")).language()).isEqualTo(Optional.of("pt-BR"));
  }

  @Test
  void anEventWithoutALanguageHasASessionWithoutOne() {
    assertThat(session(oneEvent("null")).language()).isEmpty();
    assertThat(session(oneEvent("\"\"")).language()).isEmpty();
  }

  @Test
  void aLanguageThatIsNotAWellFormedTagIsLeftOutWithAWarning() {
    ScheduleImport result = oneEvent("\"English (UK)\"");
    assertThat(session(result).language()).isEmpty();
    assertThat(session(result).title()).isEqualTo("Talk one");
    assertThat(result.warnings()).contains(POINTER + "0/language: \"English (UK)\" is not a"
        + " well-formed BCP 47 language tag: it is left out");
  }
}
