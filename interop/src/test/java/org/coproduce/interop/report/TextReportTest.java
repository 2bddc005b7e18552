package org.coproduce.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.Organisation;
import org.coproduce.model.OrganisationTranslation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.Sector;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The report of any programme: a bare one, and generated ones (each test is named by its seed, to
 * replay). The report of the article's programme is checked in detail by the examples' tour.
 */
class TextReportTest {
  @Test
  void reportsABareProgrammeWithoutFailing() {
    Programme bare = Programme.builder().id("bare").name("A bare programme").build();

    String report = TextReport.of(bare);

    assertThat(report).startsWith("A bare programme\n")
        .contains("led by nobody recorded; funded by nobody recorded")
        .contains("themes: none; hashtags: none")
        .contains("\nConferences in date order\n")
        .doesNotContain("Taking part in");
  }

  @Test
  void namesTheLeadsAndFundersByName() {
    Programme programme = Programme.builder().id("p").name("P")
        .addOrganisation(Organisation.builder().id("mistra").name("Mistra")
            .sector(Sector.PUBLIC).build())
        .addLead("mistra").addFunder("mistra").addHashtag("CoProduceGM").build();

    assertThat(TextReport.of(programme))
        .contains("led by Mistra; funded by Mistra")
        .contains("hashtags: #CoProduceGM");
  }

  @Test
  void reportsTheOutputsAndNamesInTheLanguageTheReaderPrefers() {
    Programme programme = Programme.builder().language("en").id("streets").name("Streets")
        .putTranslation("ca", ProgrammeTranslation.builder().name("Carrers").build())
        .addOrganisation(Organisation.builder().id("council").name("City Council")
            .sector(Sector.PUBLIC)
            .putTranslation("ca", OrganisationTranslation.builder().name("Ajuntament").build())
            .build())
        .addParticipant(Participant.builder().id("marta").name("Marta Soler").build())
        .addConference(Conference.builder().id("summit").name("The summit")
            .putTranslation("ca", ConferenceTranslation.builder().name("La cimera").build())
            .build())
        .addOutput(Output.builder().id("summit-report").kind(OutputKind.REPORT)
            .title("The summit report").published(PartialDate.ofMonth(2031, 9))
            .addAuthor("marta").addOrganisation("council").addConference("summit")
            .putTranslation("ca", OutputTranslation.builder().title("L'informe").build())
            .build())
        .build();

    assertThat(TextReport.of(programme)).startsWith("Streets\n")
        .contains("\nOutputs\n  The summit report (report, 2031-09)\n"
            + "    by Marta Soler, City Council\n    from The summit\n");
    assertThat(TextReport.of(programme, programme.preferring("ca-ES")))
        .startsWith("Carrers\n")
        .contains("\nOutputs\n  L'informe (report, 2031-09)\n"
            + "    by Marta Soler, Ajuntament\n    from La cimera\n");
    assertThat(TextReport.of(programme, programme.preferring("sv"))).startsWith("Streets\n");
  }

  @TestFactory
  Stream<DynamicTest> reportsEveryConferenceParticipantAndQuoteOfGeneratedProgrammes() {
    return LongStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Programme programme = new ProgrammeGenerator(seed).programme((int) (seed * 7 % 120));

      String report = TextReport.of(programme);

      assertThat(report.lines().findFirst()).contains(programme.name());
      assertThat(report).endsWith("\n");
      for (Conference conference : programme.conferences()) {
        assertThat(report).contains(conference.name());
      }
      for (Participant participant : programme.participants()) {
        assertThat(report).contains(participant.name());
      }
      // Quotes are wrapped over several lines: compare them with the spaces normalised.
      String flat = report.replaceAll("\\s+", " ");
      for (Quote quote : programme.quotes()) {
        assertThat(flat).contains(quote.text().replaceAll("\\s+", " ").strip());
      }
    }));
  }
}
