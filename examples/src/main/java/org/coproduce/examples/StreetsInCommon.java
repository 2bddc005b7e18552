package org.coproduce.examples;

import java.util.List;
import java.util.Locale;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.DateRange;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;
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
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.SessionTranslation;
import org.coproduce.model.Visit;
import org.coproduce.model.VisitTranslation;

/**
 * Streets in Common, a <b>fictional</b> network of three fictional cities (Vilamar in Catalonia,
 * Norrvik in Sweden, Port Alder in England) that redesign their streets with the people who use
 * them. Every name, person, date, quote and address here is invented, to show what format 1.1 adds:
 * the programme's language, translations of names, titles, summaries and quotes, and the outputs
 * that conferences and visits lead to.
 *
 * <p>Run {@link #main(String[])} with the languages a reader prefers, most preferred first, such
 * as {@code ca-ES es}: it prints the programme in those languages, falling back to the original
 * English (or Catalan, for the words of a Catalan speaker), and says which language each line is
 * in.
 */
public final class StreetsInCommon {
  /** The id of the programme's summit in Vilamar. */
  public static final String SUMMIT = "vilamar-summit-2031";

  /** The id of the street lab, a workshop at the summit. */
  public static final String STREET_LAB = "street-lab";

  /** The id of the Norrvik delegation's visit to the summit. */
  public static final String NORRVIK_VISIT = "norrvik-to-vilamar";

  /** Marta Soler's id: a community organiser in Vilamar. */
  public static final String MARTA_SOLER = "marta-soler";

  /** Erik Lund's id: a traffic planner in Norrvik. */
  public static final String ERIK_LUND = "erik-lund";

  /** Grace Okafor's id: a researcher at Port Alder University. */
  public static final String GRACE_OKAFOR = "grace-okafor";

  private static final String ASSEMBLY = "vilamar-neighbours";
  private static final String COUNCIL = "vilamar-council";
  private static final String NORRVIK = "norrvik-municipality";
  private static final String UNIVERSITY = "port-alder-university";

  private StreetsInCommon() {}

  /**
   * Prints the programme in the languages given, most preferred first.
   *
   * @param args language ranges such as {@code ca-ES} or {@code sv}; Catalan if none is given
   */
  public static void main(String[] args) {
    Programme programme = programme();
    String[] ranges = args.length == 0 ? new String[] {"ca-ES"} : args;
    System.out.print(report(programme, programme.preferring(ranges)));
  }

  /**
   * The fictional programme, built with the public API.
   *
   * @return the programme
   */
  public static Programme programme() {
    Place vilamar = Place.builder().name("Vilamar").region("Catalonia").country("ES")
        .putTranslation("ca", PlaceTranslation.builder().region("Catalunya").build())
        .putTranslation("es", PlaceTranslation.builder().region("Cataluña").build())
        .build();
    Place norrvik = Place.builder().name("Norrvik").country("SE").build();
    return Programme.builder()
        .language("en")   // the language of all the text below, unless an object names its own
        .id("streets-in-common")
        .name("Streets in Common")
        .summary("A fictional network of cities that redesign their streets with their people.")
        .putTranslation("ca", ProgrammeTranslation.builder().name("Carrers en Comú")
            .summary("Una xarxa fictícia de ciutats que redissenyen els carrers amb la gent.")
            .build())
        .putTranslation("es", ProgrammeTranslation.builder().name("Calles en Común").build())
        .putTranslation("sv", ProgrammeTranslation.builder().name("Gator i gemenskap").build())
        .addLead(UNIVERSITY)
        .addOrganisations(
            Organisation.builder().id(ASSEMBLY).name("Vilamar Neighbourhood Assembly")
                .sector(Sector.COMMUNITY).place(vilamar)
                .putTranslation("ca", OrganisationTranslation.builder()
                    .name("Assemblea de Veïns de Vilamar").build())
                .build(),
            Organisation.builder().id(COUNCIL).name("Vilamar City Council")
                .sector(Sector.PUBLIC).place(vilamar)
                .putTranslation("ca", OrganisationTranslation.builder()
                    .name("Ajuntament de Vilamar").build())
                .build(),
            Organisation.builder().id(NORRVIK).name("Norrvik Municipality")
                .sector(Sector.PUBLIC).place(norrvik)
                .putTranslation("sv", OrganisationTranslation.builder()
                    .name("Norrviks kommun").build())
                .build(),
            Organisation.builder().id(UNIVERSITY).name("Port Alder University")
                .sector(Sector.ACADEMIC)
                .place(Place.builder().name("Port Alder").country("GB").build())
                .build())
        .addParticipants(
            person(MARTA_SOLER, "Marta Soler", ASSEMBLY, "Organiser"),
            person(ERIK_LUND, "Erik Lund", NORRVIK, "Traffic planner"),
            person(GRACE_OKAFOR, "Grace Okafor", UNIVERSITY, "Researcher"))
        .addConference(Conference.builder()
            .id(SUMMIT).name("Streets in Common Summit 2031")
            .putTranslation("ca", ConferenceTranslation.builder()
                .name("Cimera Carrers en Comú 2031").build())
            .putTranslation("es", ConferenceTranslation.builder()
                .name("Cumbre Calles en Común 2031").build())
            .addHost(COUNCIL)
            .place(vilamar)
            .dates(DateRange.of(PartialDate.ofMonth(2031, 5)))
            .addSession(Session.builder()
                .id(STREET_LAB).kind(SessionKind.WORKSHOP)
                .title("Street lab: a school street for a day")
                .putTranslation("ca", SessionTranslation.builder()
                    .title("Laboratori de carrer: un carrer escolar per un dia").build())
                .putTranslation("sv", SessionTranslation.builder()
                    .title("Gatulabb: en skolgata för en dag").build())
                .build())
            .addParticipations(
                take(MARTA_SOLER, Role.FACILITATOR),
                take(GRACE_OKAFOR, Role.FACILITATOR),
                take(ERIK_LUND, Role.DELEGATE))
            .build())
        .addVisit(Visit.builder()
            .id(NORRVIK_VISIT).title("Norrvik's delegation to Vilamar").conference(SUMMIT)
            .origin(norrvik).addParticipant(ERIK_LUND).addFunder(NORRVIK)
            .putTranslation("sv", VisitTranslation.builder()
                .title("Norrviks delegation till Vilamar").build())
            .build())
        .addQuote(Quote.builder()
            .id("streets-belong").speaker(MARTA_SOLER).conference(SUMMIT)
            .text("Els carrers són de qui hi viu.")
            .language("ca")   // said in Catalan: English is a translation here
            .putTranslation("en", QuoteTranslation.builder()
                .text("The streets belong to those who live in them.").build())
            .putTranslation("es", QuoteTranslation.builder()
                .text("Las calles son de quienes viven en ellas.").build())
            .build())
        .addOutputs(
            Output.builder()
                .id("summit-report").kind(OutputKind.REPORT)
                .title("What a street can be: the Vilamar summit report")
                .addAuthors(GRACE_OKAFOR, MARTA_SOLER).addOrganisation(UNIVERSITY)
                .published(PartialDate.ofMonth(2031, 9))
                .url("https://example.org/streets-in-common/summit-report")
                .addConference(SUMMIT).addVisit(NORRVIK_VISIT)
                .putTranslation("ca", OutputTranslation.builder()
                    .title("Què pot ser un carrer: l'informe de la cimera de Vilamar").build())
                .build(),
            Output.builder()
                .id("school-street-post").kind(OutputKind.BLOG_POST)
                .title("Com vam tancar el carrer de l'escola als cotxes")
                .language("ca")   // written in Catalan
                .addAuthor(MARTA_SOLER).addConference(SUMMIT)
                .putTranslation("en", OutputTranslation.builder()
                    .title("How we closed the school street to cars").build())
                .build(),
            Output.builder()
                .id("norrvik-video").kind(OutputKind.VIDEO)
                .title("Norrvik in Vilamar")
                .addAuthor(ERIK_LUND).addVisit(NORRVIK_VISIT)
                .putTranslation("sv", OutputTranslation.builder()
                    .title("Norrvik i Vilamar").build())
                .build())
        .build();
  }

  private static Participant person(String id, String name, String organisation, String title) {
    return Participant.builder().id(id).name(name)
        .addAffiliation(Affiliation.builder().organisation(organisation).title(title).build())
        .build();
  }

  private static Participation take(String participant, Role role) {
    Participation.Builder participation = Participation.builder().participant(participant)
        .role(role);
    if (role == Role.FACILITATOR) {
      participation.session(STREET_LAB);
    }
    return participation.build();
  }

  /**
   * The programme for one reader: its name, the summit, the street lab, the visit, the quote and
   * the outputs, each in the language the reader prefers most where there is a translation, and
   * each with the language it is in.
   *
   * @param programme a programme with the summit, street lab and visit of Streets in Common
   * @param reader the languages the reader prefers
   * @return the report, several lines of text
   */
  public static String report(Programme programme, LanguagePreference reader) {
    StringBuilder out = new StringBuilder();
    line(out, "", programme.name(reader));
    programme.summary(reader).ifPresent(summary -> line(out, "  ", summary));

    Conference summit = programme.conference(SUMMIT).orElseThrow();
    Place place = summit.place().orElseThrow();
    out.append('\n');
    line(out, "", summit.name(reader));
    line(out, "  in ", place.name(reader));
    place.region(reader).ifPresent(region -> line(out, "  region ", region));
    line(out, "  workshop ", summit.session(STREET_LAB).orElseThrow().title(reader));
    for (Visit visit : programme.visitsTo(SUMMIT)) {
      line(out, "  visit ", visit.title(reader));
    }
    for (Quote quote : programme.quotesAbout(SUMMIT)) {
      String speaker = programme.participant(quote.speaker()).orElseThrow().name();
      line(out, "  " + speaker + ": ", quote.text(reader));
    }

    out.append("\nOutputs about the summit\n");
    outputs(out, programme.outputsAbout(SUMMIT), reader);
    out.append("Outputs about the visit\n");
    outputs(out, programme.outputsAboutVisit(NORRVIK_VISIT), reader);
    for (Participant person : programme.participants()) {
      out.append("Outputs by ").append(person.name()).append('\n');
      outputs(out, programme.outputsBy(person.id()), reader);
    }
    return out.toString();
  }

  private static void outputs(StringBuilder out, List<Output> outputs, LanguagePreference reader) {
    for (Output output : outputs) {
      String kind = output.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
      line(out, "  " + kind + " ", output.title(reader));
    }
  }

  /** One line: the text, then the language it is in, marked as a translation where it is one. */
  private static void line(StringBuilder out, String prefix, LocalizedText text) {
    out.append(prefix).append(text.text()).append("  [")
        .append(text.language().orElse("language unknown"))
        .append(text.isTranslation() ? ", translated" : "").append("]\n");
  }
}
