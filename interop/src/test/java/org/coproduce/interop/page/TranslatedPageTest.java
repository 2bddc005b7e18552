package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.Organisation;
import org.coproduce.model.OrganisationTranslation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.PlaceTranslation;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.QuoteTranslation;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page in the reader's languages (format 1.1): each text in the most preferred language it
 * has, marked with {@code lang}; the original where no translation fits; and the outputs.
 */
class TranslatedPageTest {
  static Programme programme() {
    Place barcelona = Place.builder().name("Barcelona").region("Catalonia").country("ES")
        .putTranslation("ca", PlaceTranslation.builder().region("Catalunya").build())
        .build();
    return Programme.builder()
        .language("en")
        .id("cities")
        .name("Just Cities")
        .putTranslation("ca", ProgrammeTranslation.builder().name("Ciutats Justes").build())
        .addOrganisation(Organisation.builder().id("council").name("Barcelona City Council")
            .sector(Sector.PUBLIC).place(barcelona)
            .putTranslation("ca", OrganisationTranslation.builder()
                .name("Ajuntament de Barcelona").build())
            .build())
        .addParticipant(Participant.builder().id("marta").name("Marta Soler").build())
        .addConference(Conference.builder().id("summit").name("Summit 2031").place(barcelona)
            .addHost("council")
            .putTranslation("es", ConferenceTranslation.builder().name("Cumbre 2031").build())
            .addParticipation(Participation.builder().participant("marta")
                .role(Role.SPEAKER).build())
            .build())
        .addQuote(Quote.builder().id("streets").speaker("marta").conference("summit")
            .text("Els carrers són de qui hi viu.").language("ca")
            .putTranslation("en", QuoteTranslation.builder()
                .text("The streets belong to those who live in them.").build())
            .build())
        .addOutput(Output.builder().id("post").kind(OutputKind.BLOG_POST)
            .title("Com vam tancar el carrer").language("ca")
            .putTranslation("en", OutputTranslation.builder()
                .title("How we closed the street").build())
            .addAuthor("marta").addConference("summit").published(PartialDate.ofMonth(2031, 9))
            .build())
        .build();
  }

  @Test
  void showsTheOriginalsInTheirOwnLanguagesByDefault() {
    Document page = Jsoup.parse(ProgrammePage.html(programme()));
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h1").outerHtml())
        .isEqualTo("<h1 dir=\"auto\" lang=\"en\">Just Cities</h1>");
    assertThat(page.select("blockquote p").attr("lang")).isEqualTo("ca");
    assertThat(page.select("blockquote p").text()).isEqualTo("Els carrers són de qui hi viu.");
    assertThat(page.select("#outputs h3").attr("lang")).isEqualTo("ca");
  }

  @Test
  void showsEachTextInTheMostPreferredLanguageItHas() {
    Document page = Jsoup.parse(ProgrammePage.html(programme(),
        PageOptions.defaults().withLanguages("ca-ES", "en")));
    // ca-ES falls back to ca.
    assertThat(page.select("h1").text()).isEqualTo("Ciutats Justes");
    assertThat(page.select("h1").attr("lang")).isEqualTo("ca");
    assertThat(page.title()).isEqualTo("Ciutats Justes");
    assertThat(page.getElementById("organisations/council").select("span[lang=ca]").eachText())
        .containsExactly("Ajuntament de Barcelona", "Catalunya");
    assertThat(page.getElementById("organisations/council").text())
        .isEqualTo("Ajuntament de Barcelona, in Barcelona, Catalunya, ES");
    // No Catalan name: the English original, marked as English.
    assertThat(page.select("#conferences h3").outerHtml())
        .isEqualTo("<h3 dir=\"auto\" lang=\"en\">Summit 2031</h3>");
    assertThat(page.select("blockquote p").text()).isEqualTo("Els carrers són de qui hi viu.");
  }

  @Test
  void showsTheTranslationOfAQuoteOrAnOutputToAReaderWhoPrefersIt() {
    Document page = Jsoup.parse(ProgrammePage.html(programme(),
        PageOptions.defaults().withLanguages("en")));
    assertThat(page.select("blockquote p").outerHtml()).isEqualTo(
        "<p dir=\"auto\" lang=\"en\">The streets belong to those who live in them.</p>");
    assertThat(page.getElementById("outputs/post").select("h3").text())
        .isEqualTo("How we closed the street");
    assertThat(page.getElementById("outputs/post").select("dl").text()).isEqualTo(
        "Kind blog post By Marta Soler Published September 2031 From conferences Summit 2031");
  }
}
