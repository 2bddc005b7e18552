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
import org.coproduce.model.Organisation;
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
 * quotes, the peer-learning visits and their travellers, and the organisations with their
 * sub-organisations and affiliates.
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
  private final Lines out = new Lines();

  private TextReport(Programme programme) {
    this.programme = programme;
  }

  /**
   * The report on a programme.
   *
   * @param programme the programme
   * @return the report, several lines of text, each ending in {@code \n}
   */
  public static String of(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    return new TextReport(programme).write();
  }

  private String write() {
    out.line(programme.name());
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
    organisations();
    return out.toString();
  }

  /** The conferences in date order (a partial date sorts by its first day), with their strands. */
  private void conferences() {
    out.section("Conferences in date order");
    for (Conference conference : programme.conferencesByDate()) {
      out.line("  %-8s %s, %s", conference.dates().map(Object::toString).orElse("no date"),
          conference.name(), conference.place().map(p -> p.name() + " (" + p.country() + ")")
              .orElse("no place"));
      if (!conference.themes().isEmpty()) {
        out.line("           themes: %s", String.join(", ", conference.themes()));
      }
      for (Strand strand : conference.strands()) {
        int sessions = programme.sessionsOf(conference.id(), strand.id()).size();
        out.line("           strand %s: %s", strand.title(),
            sessions == 0 ? "no session recorded" : sessions + " session(s)");
      }
    }
  }

  /** The sector mix of each conference and of each of its sessions that has participants. */
  private void sectorMix() {
    out.section("Sector mix (participants per sector)");
    for (Conference conference : programme.conferences()) {
      out.line("  %s: %s", conference.name(), mix(programme.sectorMix(conference.id())));
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
        out.wrapped("    \u201c" + quote.text() + "\u201d", WIDTH);
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
        out.line("  %s%s", visit.title(), visit.funders().isEmpty() ? ""
            : " (funded by " + names(visit.funders()) + ")");
      }
      out.line("    travellers to %s: %s", city(conference.id()),
          programme.travellersTo(conference.id()).stream().map(Participant::name)
              .collect(Collectors.joining(", ")));
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
  }

  /** A person with their first affiliation: "Beth Perry (UK lead, Realising Just Cities)". */
  private String describe(Participant person) {
    if (person.affiliations().isEmpty()) {
      return person.name();
    }
    Affiliation first = person.affiliations().get(0);
    String organisation = programme.organisation(first.organisation())
        .map(o -> o.shortName().orElse(o.name())).orElse(first.organisation());
    return person.name() + " (" + first.title().map(t -> t + ", ").orElse("") + organisation + ")";
  }

  /** A session by its kind and title: {@code workshop "Co-producing the city"}. */
  private static String describe(Session session) {
    return lower(Set.of(session.kind())) + " \"" + session.title() + "\"";
  }

  private String city(String conferenceId) {
    return programme.conference(conferenceId).flatMap(Conference::place).map(p -> p.name())
        .orElse(conferenceId);
  }

  private String names(List<String> organisationIds) {
    return organisationIds.isEmpty() ? "nobody recorded" : organisationIds.stream()
        .map(id -> programme.organisation(id).map(Organisation::name).orElse(id))
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
