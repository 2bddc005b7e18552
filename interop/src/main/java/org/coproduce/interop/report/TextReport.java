package org.coproduce.interop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * A programme as a plain-text report that answers each question of the model: the conferences in
 * date order with their strands, the sector mix of every conference and session, who takes part
 * where and in which role, who takes part in every conference, who facilitates each session, the
 * quotes, the peer-learning visits and their travellers, the outputs, and the organisations with
 * their sub-organisations and affiliates; names, titles and quotes in the languages a reader
 * prefers, where the programme has translations.
 *
 * <pre>{@code
 * System.out.print(TextReport.of(programme));
 * }</pre>
 *
 * <p>The report is meant for people, not for programs: its layout may change between versions.
 * Lines end in {@code \n}; the programme's name is the first line; each part starts after a blank
 * line with its title. This class is thread-safe.
 */
public final class TextReport {
  /** Quotes are wrapped at this many characters. */
  private static final int WIDTH = 92;

  private final Programme programme;
  private final LanguagePreference reader;
  private final Lines out = new Lines();

  private TextReport(Programme programme, LanguagePreference reader) {
    this.programme = programme;
    this.reader = reader;
  }

  /**
   * The report on a programme, its text as written.
   *
   * @param programme the programme
   * @return the report, several lines of text, each ending in {@code \n}
   */
  public static String of(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    return of(programme, programme.preferring());
  }

  /**
   * The report on a programme, with names, titles and quotes in the language the reader prefers
   * most among those the programme has them in, else as written.
   *
   * @param programme the programme
   * @param reader the reader's languages, from {@link Programme#preferring(String...)}
   * @return the report, several lines of text, each ending in {@code \n}
   */
  public static String of(Programme programme, LanguagePreference reader) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(reader, "reader");
    return new TextReport(programme, reader).write();
  }

  private String write() {
    out.line(programme.name(reader).text());
    out.line("  led by %s; funded by %s", names(programme.leads()), names(programme.funders()));
    out.line("  themes: %s; hashtags: %s", orNone(programme.themes()),
        programme.hashtags().isEmpty() ? "none"
            : programme.hashtags().stream().map(tag -> "#" + tag).collect(Collectors.joining(", ")));
    conferences();
    sectorMix();
    roles();
    everyConference();
    facilitators();
    quotes();
    visits();
    outputs();
    organisations();
    return out.toString();
  }

  /** The conferences in date order (a partial date sorts by its first day), with their strands. */
  private void conferences() {
    out.section("Conferences in date order");
    for (Conference conference : programme.conferencesByDate()) {
      out.line("  %-8s %s, %s", conference.dates().map(Object::toString).orElse("no date"),
          conference.name(reader).text(), conference.place()
              .map(p -> p.name(reader).text() + " (" + p.country() + ")").orElse("no place"));
      if (!conference.themes().isEmpty()) {
        out.line("           themes: %s", String.join(", ", conference.themes()));
      }
      for (Strand strand : conference.strands()) {
        int sessions = programme.sessionsOf(conference.id(), strand.id()).size();
        out.line("           strand %s: %s", strand.title(reader).text(),
            sessions == 0 ? "no session recorded" : sessions + " session(s)");
      }
    }
  }

  /** The sector mix of each conference and of each of its sessions that has participants. */
  private void sectorMix() {
    out.section("Sector mix (participants per sector)");
    for (Conference conference : programme.conferences()) {
      out.line("  %s: %s", conference.name(reader).text(),
          mix(programme.sectorMix(conference.id())));
      for (Session session : conference.sessions()) {
        Map<Sector, Integer> mix = programme.sectorMix(conference.id(), session.id());
        if (!mix.isEmpty()) {
          out.line("    %s: %s", describe(session), mix(mix));
        }
      }
    }
  }

  /** Which conferences each participant takes part in, and in which roles. */
  private void roles() {
    out.section("Who takes part where, in which role");
    for (Participant person : programme.participants()) {
      List<String> roles = new ArrayList<>();
      for (Map.Entry<String, Set<Role>> entry : programme.rolesOf(person.id()).entrySet()) {
        roles.add(lower(entry.getValue()) + " in " + city(entry.getKey()));
      }
      out.line("  %s, %s sector: %s", describe(person),
          programme.sectorOf(person.id()).map(sector -> lower(Set.of(sector))).orElse("unknown"),
          roles.isEmpty() ? "no conference" : String.join("; ", roles));
    }
  }

  /** Who takes part in every conference, when there are several. */
  private void everyConference() {
    List<Conference> conferences = programme.conferences();
    if (conferences.size() < 2) {
      return;
    }
    out.section(conferences.size() == 2 ? "Taking part in both conferences"
        : "Taking part in all " + conferences.size() + " conferences");
    List<Participant> everywhere = programme.participantsInAll(
        conferences.stream().map(Conference::id).collect(Collectors.toList()));
    out.line("  %s", everywhere.isEmpty() ? "nobody"
        : everywhere.stream().map(Participant::name).collect(Collectors.joining(", ")));
  }

  /** Who facilitates each session that has facilitators. */
  private void facilitators() {
    for (Conference conference : programme.conferences()) {
      for (Session session : conference.sessions()) {
        List<Participant> facilitators = programme.facilitatorsOf(conference.id(), session.id());
        if (!facilitators.isEmpty()) {
          out.section("Facilitators of the " + describe(session) + " in " + city(conference.id()));
          for (Participant person : facilitators) {
            out.line("  %s", describe(person));
          }
        }
      }
    }
  }

  /** Which quotes each participant gave, and how many relate to each conference. */
  private void quotes() {
    out.section("Quotes");
    for (Participant person : programme.participants()) {
      for (Quote quote : programme.quotesBy(person.id())) {
        out.line("  %s%s:", describe(person), quote.said().map(date -> ", " + date).orElse(""));
        out.wrapped("    \u201c" + quote.text(reader).text() + "\u201d", WIDTH);
      }
    }
    for (Conference conference : programme.conferences()) {
      int about = programme.quotesAbout(conference.id()).size();
      out.line("  quotes tied to %s: %s", city(conference.id()), about == 0 ? "none" : about);
    }
  }

  /** The visits to each conference and who travelled on them. */
  private void visits() {
    out.section("Peer-learning visits");
    for (Conference conference : programme.conferencesByDate()) {
      List<Visit> visits = programme.visitsTo(conference.id());
      if (visits.isEmpty()) {
        continue;
      }
      for (Visit visit : visits) {
        out.line("  %s%s", visit.title(reader).text(), visit.funders().isEmpty() ? ""
            : " (funded by " + names(visit.funders()) + ")");
      }
      out.line("    travellers to %s: %s", city(conference.id()),
          programme.travellersTo(conference.id()).stream().map(Participant::name)
              .collect(Collectors.joining(", ")));
    }
  }

  /** What the programme produced, by whom, and from which conferences and visits. */
  private void outputs() {
    if (programme.outputs().isEmpty()) {
      return;
    }
    out.section("Outputs");
    for (Output output : programme.outputs()) {
      out.line("  %s (%s%s)", output.title(reader).text(), lower(Set.of(output.kind())),
          output.published().map(date -> ", " + date).orElse(""));
      List<String> by = new ArrayList<>();
      output.authors().forEach(id -> by.add(programme.participant(id).map(Participant::name)
          .orElse(id)));
      output.organisations().forEach(id -> by.add(programme.organisation(id)
          .map(o -> o.name(reader).text()).orElse(id)));
      if (!by.isEmpty()) {
        out.line("    by %s", String.join(", ", by));
      }
      List<String> from = new ArrayList<>();
      output.conferences().forEach(id -> from.add(conferenceName(id)));
      output.visits().forEach(id -> programme.visits().stream().filter(v -> v.id().equals(id))
          .findFirst().ifPresent(v -> from.add(v.title(reader).text())));
      if (!from.isEmpty()) {
        out.line("    from %s", String.join("; ", from));
      }
    }
  }

  /** Which organisations sit under another, and who is affiliated with which. */
  private void organisations() {
    out.section("Organisations, their sub-organisations and affiliates");
    for (Organisation organisation : programme.organisations()) {
      List<Organisation> under = programme.subOrganisations(organisation.id());
      List<Participant> affiliates = programme.affiliatesOf(organisation.id());
      if (under.isEmpty() && affiliates.isEmpty()) {
        continue;
      }
      out.line("  %s (%s)", organisation.name(reader).text(),
          lower(Set.of(organisation.sector())));
      if (!under.isEmpty()) {
        out.line("    sub-organisations: %s",
            under.stream().map(o -> o.name(reader).text()).collect(Collectors.joining(", ")));
      }
      if (!affiliates.isEmpty()) {
        out.line("    affiliates: %s",
            affiliates.stream().map(Participant::name).collect(Collectors.joining(", ")));
      }
    }
  }

  /** A person with their first affiliation: "Beth Perry (UK lead, Realising Just Cities)". */
  private String describe(Participant person) {
    if (person.affiliations().isEmpty()) {
      return person.name();
    }
    Affiliation first = person.affiliations().get(0);
    String organisation = programme.organisation(first.organisation())
        .map(o -> o.shortName(reader).orElse(o.name(reader)).text())
        .orElse(first.organisation());
    return person.name() + " (" + first.title().map(t -> t + ", ").orElse("") + organisation + ")";
  }

  /** A session by its kind and title: {@code workshop "Co-producing the city"}. */
  private String describe(Session session) {
    return lower(Set.of(session.kind())) + " \"" + session.title(reader).text() + "\"";
  }

  /** Where a conference was held, or its name where the place is unknown. */
  private String city(String conferenceId) {
    return programme.conference(conferenceId).map(c -> c.place().map(p -> p.name(reader).text())
        .orElse(c.name(reader).text())).orElse(conferenceId);
  }

  private String conferenceName(String conferenceId) {
    return programme.conference(conferenceId).map(c -> c.name(reader).text())
        .orElse(conferenceId);
  }

  private String names(List<String> organisationIds) {
    return organisationIds.isEmpty() ? "nobody recorded" : organisationIds.stream()
        .map(id -> programme.organisation(id).map(o -> o.name(reader).text()).orElse(id))
        .collect(Collectors.joining(", "));
  }

  private static String orNone(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private static String mix(Map<Sector, Integer> mix) {
    return mix.isEmpty() ? "nobody with a known sector" : mix.entrySet().stream()
        .map(e -> lower(Set.of(e.getKey())) + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Enum constants as they appear in documents: lower case, {@code field-trip}. */
  private static String lower(Set<? extends Enum<?>> values) {
    return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(" and "));
  }
}
