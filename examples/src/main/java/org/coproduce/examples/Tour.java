package org.coproduce.examples;

import static org.coproduce.examples.RealisingJustCities.BARCELONA;
import static org.coproduce.examples.RealisingJustCities.CAPE_TOWN;
import static org.coproduce.examples.RealisingJustCities.WORKSHOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * A tour of the library on the Realising Just Cities programme: it asks each question the model
 * answers in one line of code and prints the answers as a short report, then writes the programme
 * as JSON and reads it back.
 *
 * <p>Run it from the project root with {@code mvn -B -q -DskipTests package exec:java -pl examples
 * -am}.
 */
public final class Tour {
  private Tour() {}

  /**
   * Prints the report on the Realising Just Cities programme.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(report(RealisingJustCities.programme(), ProgrammeJson.create()));
  }

  /**
   * The report on a programme that has the conferences and workshop of Realising Just Cities.
   *
   * @param programme the programme to ask
   * @param json the reader and writer used for the round trip at the end
   * @return the report, several lines of text; the programme's name is its first line
   */
  public static String report(Programme programme, ProgrammeJson json) {
    Report out = new Report();
    out.line(programme.name());
    out.line("  led by %s; funded by %s", names(programme, programme.leads()),
        names(programme, programme.funders()));
    out.line("  themes: %s; hashtags: %s", String.join(", ", programme.themes()),
        programme.hashtags().stream().map(tag -> "#" + tag).collect(Collectors.joining(", ")));

    // The conferences in date order (a partial date sorts by its first day).
    out.section("Conferences in date order");
    for (Conference conference : programme.conferencesByDate()) {
      out.line("  %-8s %s, %s", conference.dates().map(Object::toString).orElse("no date"),
          conference.name(), conference.place().map(p -> p.name() + " (" + p.country() + ")")
              .orElse("no place"));
      if (!conference.themes().isEmpty()) {
        out.line("           themes: %s", String.join(", ", conference.themes()));
      }
      // Which sessions belong to each strand.
      for (Strand strand : conference.strands()) {
        int sessions = programme.sessionsOf(conference.id(), strand.id()).size();
        out.line("           strand %s: %s", strand.title(),
            sessions == 0 ? "no session recorded" : sessions + " session(s)");
      }
    }

    // The sector mix of each conference and of the workshop.
    out.section("Sector mix (participants per sector)");
    for (Conference conference : programme.conferences()) {
      out.line("  %s: %s", conference.name(), mix(programme.sectorMix(conference.id())));
    }
    Conference barcelona = programme.conference(BARCELONA).orElseThrow();
    String workshop = barcelona.session(WORKSHOP).orElseThrow().title();
    out.line("  workshop \"%s\": %s", workshop, mix(programme.sectorMix(BARCELONA, WORKSHOP)));

    // Which conferences each participant takes part in, and in which roles.
    out.section("Who takes part where, in which role");
    for (Participant person : programme.participants()) {
      List<String> roles = new ArrayList<>();
      for (Map.Entry<String, Set<Role>> entry : programme.rolesOf(person.id()).entrySet()) {
        roles.add(lower(entry.getValue()) + " in " + city(programme, entry.getKey()));
      }
      out.line("  %s, %s sector: %s", describe(programme, person),
          programme.sectorOf(person.id()).map(sector -> lower(Set.of(sector))).orElse("unknown"),
          roles.isEmpty() ? "no conference" : String.join("; ", roles));
    }

    // Who takes part in both conferences.
    out.section("Taking part in both conferences");
    out.line("  %s", programme.participantsInAll(CAPE_TOWN, BARCELONA).stream()
        .map(Participant::name).collect(Collectors.joining(", ")));

    // Who facilitates the workshop.
    out.section("Facilitators of the workshop \"" + workshop + "\"");
    for (Participant person : programme.facilitatorsOf(BARCELONA, WORKSHOP)) {
      out.line("  %s", describe(programme, person));
    }

    // Which quotes each participant gave, and which relate to a conference.
    out.section("Quotes");
    for (Participant person : programme.participants()) {
      for (Quote quote : programme.quotesBy(person.id())) {
        out.line("  %s%s:", describe(programme, person),
            quote.said().map(date -> ", " + date).orElse(""));
        out.wrapped("    \u201c" + quote.text() + "\u201d", 92);
      }
    }
    for (Conference conference : programme.conferences()) {
      int about = programme.quotesAbout(conference.id()).size();
      out.line("  quotes tied to %s: %s", city(programme, conference.id()),
          about == 0 ? "none" : about);
    }

    // The visits to each conference and who travelled on them.
    out.section("Peer-learning visits");
    for (Conference conference : programme.conferencesByDate()) {
      for (Visit visit : programme.visitsTo(conference.id())) {
        out.line("  %s%s", visit.title(),
            visit.funders().isEmpty() ? "" : " (funded by " + names(programme, visit.funders())
                + ")");
      }
      out.line("    travellers to %s: %s", city(programme, conference.id()),
          programme.travellersTo(conference.id()).stream().map(Participant::name)
              .collect(Collectors.joining(", ")));
    }

    // Which organisations sit under another, and who is affiliated with which.
    out.section("Organisations, their sub-organisations and affiliates");
    for (Organisation organisation : programme.organisations()) {
      List<Organisation> under = programme.subOrganisations(organisation.id());
      List<Participant> affiliates = programme.affiliatesOf(organisation.id());
      if (under.isEmpty() && affiliates.isEmpty()) {
        continue;
      }
      out.line("  %s (%s)", organisation.name(), lower(Set.of(organisation.sector())));
      if (!under.isEmpty()) {
        out.line("    sub-organisations: %s",
            under.stream().map(Organisation::name).collect(Collectors.joining(", ")));
      }
      if (!affiliates.isEmpty()) {
        out.line("    affiliates: %s",
            affiliates.stream().map(Participant::name).collect(Collectors.joining(", ")));
      }
    }

    // Finally the JSON format: write the programme, read it back, compare.
    out.section("JSON, format 1.0");
    String document = json.write(programme);
    Programme readBack = json.read(document);
    out.line("  written: %d characters; read back equal to the original: %s", document.length(),
        readBack.equals(programme) ? "yes" : "NO");
    return out.toString();
  }

  /** A person with their first affiliation: "Beth Perry (UK lead, Realising Just Cities)". */
  private static String describe(Programme programme, Participant person) {
    if (person.affiliations().isEmpty()) {
      return person.name();
    }
    Affiliation first = person.affiliations().get(0);
    String organisation = programme.organisation(first.organisation())
        .map(o -> o.shortName().orElse(o.name())).orElse(first.organisation());
    return person.name() + " (" + first.title().map(t -> t + ", ").orElse("") + organisation + ")";
  }

  private static String city(Programme programme, String conferenceId) {
    return programme.conference(conferenceId).flatMap(Conference::place).map(p -> p.name())
        .orElse(conferenceId);
  }

  private static String names(Programme programme, List<String> organisationIds) {
    return organisationIds.stream()
        .map(id -> programme.organisation(id).map(Organisation::name).orElse(id))
        .collect(Collectors.joining(", "));
  }

  private static String mix(Map<Sector, Integer> mix) {
    return mix.isEmpty() ? "nobody with a known sector" : mix.entrySet().stream()
        .map(e -> lower(Set.of(e.getKey())) + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Enum constants as they appear in documents: lower case. */
  private static String lower(Set<? extends Enum<?>> values) {
    return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(" and "));
  }

  /** Collects the report's lines. */
  private static final class Report {
    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
      text.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args))
          .append('\n');
    }

    void section(String title) {
      text.append('\n').append(title).append('\n');
    }

    /** Writes text over several lines of at most {@code width} characters, breaking at spaces. */
    void wrapped(String words, int width) {
      String indent = words.substring(0, words.length() - words.stripLeading().length());
      StringBuilder current = new StringBuilder();
      for (String word : words.strip().split(" ")) {
        if (current.length() > 0 && indent.length() + current.length() + 1 + word.length() > width) {
          line(indent + current);
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(word);
      }
      if (current.length() > 0) {
        line(indent + current);
      }
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
