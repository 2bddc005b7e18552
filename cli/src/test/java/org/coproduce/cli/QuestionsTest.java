package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coproduce.model.Conference;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Visit;
import org.junit.jupiter.api.Test;

/**
 * The questions on outputs, on a programme built in Java (the documents the command reads name no
 * outputs yet), and the one-line form of every answer item.
 */
class QuestionsTest {
  private static final Programme PROGRAMME = Programme.builder().id("p").name("P")
      .addParticipant(Participant.builder().id("marta").name("Marta").build())
      .addParticipant(Participant.builder().id("erik").name("Erik").build())
      .addConference(Conference.builder().id("summit").name("Summit").build())
      .addVisit(Visit.builder().id("trip").title("The trip").conference("summit")
          .addParticipant("erik").build())
      .addOutput(Output.builder().id("report").kind(OutputKind.REPORT).title("The report")
          .addAuthor("marta").addConference("summit").build())
      .addOutput(Output.builder().id("video").kind(OutputKind.VIDEO).title("The\tvideo")
          .addAuthor("erik").addVisit("trip").build())
      .build();

  private static List<String> ask(String question, String... arguments) {
    return Questions.named(question).orElseThrow().answer().apply(PROGRAMME, List.of(arguments));
  }

  @Test
  void answersWhichOutputsAParticipantAuthored() {
    assertThat(ask("outputs-by", "marta")).containsExactly("report\tThe report");
    assertThat(ask("outputs-by", "erik")).containsExactly("video\tThe\\tvideo");
  }

  @Test
  void answersWhichOutputsCameFromAConferenceOrAVisit() {
    assertThat(ask("outputs-about", "summit")).containsExactly("report\tThe report");
    assertThat(ask("outputs-about", "trip")).containsExactly("video\tThe\\tvideo");
  }

  @Test
  void refusesIdsTheProgrammeLacks() {
    assertThatThrownBy(() -> ask("outputs-by", "nobody")).isInstanceOf(Trouble.class)
        .hasMessage("no participant has the id \"nobody\"");
    assertThatThrownBy(() -> ask("outputs-about", "marta")).isInstanceOf(Trouble.class)
        .hasMessage("no conference or visit has the id \"marta\"");
  }

  @Test
  void writesEveryItemOnOneLine() {
    assertThat(Questions.line("a\\b", "c\nd\re\tf")).isEqualTo("a\\\\b\tc\\nd\\re\\tf");
  }

  @Test
  void namesEveryQuestionOfTheDomainOnce() {
    assertThat(Questions.all()).extracting(Questions.Question::name).containsExactly(
        "roles-of", "participants-in-all", "sector-mix", "quotes-by", "quotes-about",
        "visits-to", "travellers-to", "sessions-of", "facilitators-of", "sub-organisations",
        "affiliates-of", "conferences-by-date", "outputs-by", "outputs-about");
  }
}
