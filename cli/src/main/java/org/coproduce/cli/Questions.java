package org.coproduce.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;

/**
 * The questions {@code coproduce ask} answers, by their kebab-case names, each answer as lines of
 * tab-separated fields. An id the programme lacks is an error, not an empty answer.
 */
final class Questions {
  /** A question: its name, its arguments and how it is answered. */
  record Question(String name, String arguments, int required, int optional, String help,
      BiFunction<Programme, List<String>, List<String>> answer) {
    /** The help's part after the colon: the fields of each line, tab-separated. */
    String fields() {
      return help.substring(help.lastIndexOf(": ") + 2).replace(", ", "<TAB>");
    }

    /** The help's part before the colon: what the question asks. */
    String asks() {
      return help.substring(0, help.lastIndexOf(": "));
    }
  }

  private static final Map<String, Question> QUESTIONS = new LinkedHashMap<>();

  static {
    add("roles-of", "PARTICIPANT", 1, 0,
        "the conferences PARTICIPANT takes part in: CONFERENCE, ROLE[,ROLE...]",
        (p, a) -> {
          participant(p, a.get(0));
          return p.rolesOf(a.get(0)).entrySet().stream()
              .map(e -> line(e.getKey(), kebab(e.getValue()))).toList();
        });
    add("participants-in-all", "CONFERENCE...", 1, Integer.MAX_VALUE,
        "who takes part in every one of the conferences: PARTICIPANT, NAME",
        (p, a) -> {
          a.forEach(id -> conference(p, id));
          return participants(p.participantsInAll(a));
        });
    add("sector-mix", "CONFERENCE [SESSION]", 1, 1,
        "participants per sector of a conference or a session: SECTOR, COUNT",
        (p, a) -> {
          Map<Sector, Integer> mix;
          if (a.size() == 1) {
            conference(p, a.get(0));
            mix = p.sectorMix(a.get(0));
          } else {
            session(conference(p, a.get(0)), a.get(1));
            mix = p.sectorMix(a.get(0), a.get(1));
          }
          return mix.entrySet().stream()
              .map(e -> line(kebab(Set.of(e.getKey())), e.getValue().toString())).toList();
        });
    add("quotes-by", "PARTICIPANT", 1, 0, "the quotes PARTICIPANT gave: QUOTE, TEXT",
        (p, a) -> {
          participant(p, a.get(0));
          return quotes(p.quotesBy(a.get(0)));
        });
    add("quotes-about", "CONFERENCE", 1, 0, "the quotes tied to CONFERENCE: QUOTE, TEXT",
        (p, a) -> {
          conference(p, a.get(0));
          return quotes(p.quotesAbout(a.get(0)));
        });
    add("visits-to", "CONFERENCE", 1, 0, "the peer-learning visits to CONFERENCE: VISIT, TITLE",
        (p, a) -> {
          conference(p, a.get(0));
          return p.visitsTo(a.get(0)).stream().map(v -> line(v.id(), v.title())).toList();
        });
    add("travellers-to", "CONFERENCE", 1, 0,
        "who travelled to CONFERENCE on a visit: PARTICIPANT, NAME",
        (p, a) -> {
          conference(p, a.get(0));
          return participants(p.travellersTo(a.get(0)));
        });
    add("sessions-of", "CONFERENCE STRAND", 2, 0,
        "the sessions of a strand of CONFERENCE: SESSION, TITLE",
        (p, a) -> {
          Conference conference = conference(p, a.get(0));
          if (conference.strand(a.get(1)).isEmpty()) {
            throw unknown("strand of " + a.get(0), a.get(1));
          }
          return p.sessionsOf(a.get(0), a.get(1)).stream().map(s -> line(s.id(), s.title()))
              .toList();
        });
    add("facilitators-of", "CONFERENCE SESSION", 2, 0,
        "who facilitates a session of CONFERENCE: PARTICIPANT, NAME",
        (p, a) -> {
          session(conference(p, a.get(0)), a.get(1));
          return participants(p.facilitatorsOf(a.get(0), a.get(1)));
        });
    add("sub-organisations", "ORGANISATION", 1, 0,
        "the organisations directly under ORGANISATION: ORGANISATION, NAME",
        (p, a) -> {
          organisation(p, a.get(0));
          return p.subOrganisations(a.get(0)).stream().map(o -> line(o.id(), o.name())).toList();
        });
    add("affiliates-of", "ORGANISATION", 1, 0,
        "who is affiliated with ORGANISATION: PARTICIPANT, NAME",
        (p, a) -> {
          organisation(p, a.get(0));
          return participants(p.affiliatesOf(a.get(0)));
        });
    add("conferences-by-date", "", 0, 0,
        "the conferences in date order (partial dates sort by their first day):"
            + " CONFERENCE, DATES or nothing, NAME",
        (p, a) -> p.conferencesByDate().stream()
            .map(c -> line(c.id(), c.dates().map(Object::toString).orElse(""), c.name()))
            .toList());
    add("outputs-by", "PARTICIPANT", 1, 0, "the outputs PARTICIPANT authored: OUTPUT, TITLE",
        (p, a) -> {
          participant(p, a.get(0));
          return p.outputsBy(a.get(0)).stream().map(o -> line(o.id(), o.title())).toList();
        });
    add("outputs-about", "CONFERENCE|VISIT", 1, 0,
        "the outputs that came from a conference or a visit: OUTPUT, TITLE",
        (p, a) -> {
          String id = a.get(0);
          List<Output> outputs;
          if (p.conference(id).isPresent()) {
            outputs = p.outputsAbout(id);
          } else if (p.visits().stream().anyMatch(v -> v.id().equals(id))) {
            outputs = p.outputsAboutVisit(id);
          } else {
            throw unknown("conference or visit", id);
          }
          return outputs.stream().map(o -> line(o.id(), o.title())).toList();
        });
  }

  private Questions() {}

  private static void add(String name, String arguments, int required, int optional, String help,
      BiFunction<Programme, List<String>, List<String>> answer) {
    QUESTIONS.put(name, new Question(name, arguments, required, optional, help, answer));
  }

  /** Every question, in the order of the domain's list. */
  static List<Question> all() {
    return List.copyOf(QUESTIONS.values());
  }

  /** The names of the questions, for completion. */
  static final class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(QUESTIONS.keySet());
    }
  }

  /** The question of that name. */
  static java.util.Optional<Question> named(String name) {
    return java.util.Optional.ofNullable(QUESTIONS.get(name));
  }

  /**
   * Fields joined by tabs; a tab, a line break or a backslash inside a field is written {@code
   * \t}, {@code \n}, {@code \r} or {@code \\}, so that every answer item is one line.
   */
  static String line(String... fields) {
    return java.util.Arrays.stream(fields).map(Questions::escape)
        .collect(Collectors.joining("\t"));
  }

  private static String escape(String field) {
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static List<String> participants(List<Participant> participants) {
    return participants.stream().map(x -> line(x.id(), x.name())).toList();
  }

  private static List<String> quotes(List<Quote> quotes) {
    return quotes.stream().map(q -> line(q.id(), q.text())).toList();
  }

  /** Enum constants as documents write them: {@code field-trip}; several joined by commas. */
  private static String kebab(Set<? extends Enum<?>> values) {
    return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(","));
  }

  private static Participant participant(Programme programme, String id) {
    return programme.participant(id).orElseThrow(() -> unknown("participant", id));
  }

  static Conference conference(Programme programme, String id) {
    return programme.conference(id).orElseThrow(() -> unknown("conference", id));
  }

  private static Session session(Conference conference, String id) {
    return conference.session(id).orElseThrow(() -> unknown("session of " + conference.id(), id));
  }

  private static Organisation organisation(Programme programme, String id) {
    return programme.organisation(id).orElseThrow(() -> unknown("organisation", id));
  }

  private static Trouble unknown(String what, String id) {
    return new Trouble("no " + what + " has the id \"" + id + "\"");
  }
}
