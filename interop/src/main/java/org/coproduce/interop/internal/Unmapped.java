package org.coproduce.interop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Visit;

/**
 * The warnings every export shares: none of them has room for the members of a document that the
 * model does not know (extensions), so each object that carries some is named, with its members.
 * Not part of the module's API (the package is not exported).
 */
public final class Unmapped {
  private final List<String> warnings = new ArrayList<>();

  private Unmapped() {}

  /**
   * A warning for each object of the programme that carries extension members, at its JSON
   * Pointer, in document order.
   *
   * @param programme the programme
   * @return the warnings
   */
  public static List<String> extensions(Programme programme) {
    Unmapped walk = new Unmapped();
    walk.check("", programme.extensions());
    walk.translations("", programme.translations(), t -> t.extensions());
    walk.range("/period", programme.period());
    List<Organisation> organisations = programme.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      walk.check("/organisations/" + i, organisation.extensions());
      walk.translations("/organisations/" + i, organisation.translations(), t -> t.extensions());
      walk.place("/organisations/" + i + "/place", organisation.place());
    }
    List<Participant> participants = programme.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      String at = "/participants/" + i;
      walk.check(at, participant.extensions());
      for (int a = 0; a < participant.affiliations().size(); a++) {
        walk.check(at + "/affiliations/" + a, participant.affiliations().get(a).extensions());
        walk.range(at + "/affiliations/" + a + "/period",
            participant.affiliations().get(a).period());
      }
    }
    List<Conference> conferences = programme.conferences();
    for (int i = 0; i < conferences.size(); i++) {
      walk.conference("/conferences/" + i, conferences.get(i));
    }
    List<Visit> visits = programme.visits();
    for (int i = 0; i < visits.size(); i++) {
      walk.check("/visits/" + i, visits.get(i).extensions());
      walk.translations("/visits/" + i, visits.get(i).translations(), t -> t.extensions());
      walk.place("/visits/" + i + "/origin", visits.get(i).origin());
    }
    List<Quote> quotes = programme.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      String at = "/quotes/" + i;
      walk.check(at, quote.extensions());
      walk.translations(at, quote.translations(), t -> t.extensions());
      quote.source().ifPresent(s -> walk.check(at + "/source", s.extensions()));
    }
    List<Output> outputs = programme.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      walk.check("/outputs/" + i, outputs.get(i).extensions());
      walk.translations("/outputs/" + i, outputs.get(i).translations(), t -> t.extensions());
    }
    return List.copyOf(walk.warnings);
  }

  private <T> void translations(String at, Map<String, T> translations,
      Function<T, Extensions> extensions) {
    translations.forEach((tag, t) -> check(at + "/translations/" + tag, extensions.apply(t)));
  }

  private void conference(String at, Conference conference) {
    check(at, conference.extensions());
    translations(at, conference.translations(), t -> t.extensions());
    place(at + "/place", conference.place());
    range(at + "/dates", conference.dates());
    for (int s = 0; s < conference.strands().size(); s++) {
      check(at + "/strands/" + s, conference.strands().get(s).extensions());
      translations(at + "/strands/" + s, conference.strands().get(s).translations(),
          t -> t.extensions());
    }
    for (int s = 0; s < conference.sessions().size(); s++) {
      check(at + "/sessions/" + s, conference.sessions().get(s).extensions());
      translations(at + "/sessions/" + s, conference.sessions().get(s).translations(),
          t -> t.extensions());
    }
    for (int p = 0; p < conference.participations().size(); p++) {
      check(at + "/participations/" + p, conference.participations().get(p).extensions());
    }
  }

  private void place(String at, Optional<Place> place) {
    place.ifPresent(p -> {
      check(at, p.extensions());
      translations(at, p.translations(), t -> t.extensions());
      p.coordinates().ifPresent(c -> check(at + "/coordinates", c.extensions()));
    });
  }

  private void range(String at, Optional<DateRange> range) {
    range.ifPresent(r -> check(at, r.extensions()));
  }

  /**
   * Adds a warning if the extensions are not empty.
   *
   * @param at the JSON Pointer of the object that carries them
   * @param extensions its extensions
   */
  private void check(String at, Extensions extensions) {
    if (!extensions.isEmpty()) {
      String names = extensions.members().keySet().stream()
          .map(name -> "\"" + name + "\"")
          .collect(Collectors.joining(", "));
      warnings.add(at + ": the members the model does not know (" + names
          + ") have no place in this format and are not carried");
    }
  }
}
