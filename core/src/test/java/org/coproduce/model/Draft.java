package org.coproduce.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A valid programme taken apart into mutable lists, so that property tests can break it in several
 * places before building it again; the original stays at hand for clean copies of its items.
 */
final class Draft {
  final Programme original;
  String id;
  String name;
  final List<String> leads;
  final List<String> funders;
  final List<String> themes;
  final List<String> hashtags;
  final List<Integer> sdgs;
  final List<Organisation> organisations;
  final List<Participant> participants;
  final List<Conference> conferences;
  final List<Visit> visits;
  final List<Quote> quotes;
  /** Items whose members a mutation replaced, so that no other mutation replaces them again. */
  final Set<String> touched = new HashSet<>();

  Draft(Programme original) {
    this.original = original;
    id = original.id();
    name = original.name();
    leads = new ArrayList<>(original.leads());
    funders = new ArrayList<>(original.funders());
    themes = new ArrayList<>(original.themes());
    hashtags = new ArrayList<>(original.hashtags());
    sdgs = new ArrayList<>(original.sdgs());
    organisations = new ArrayList<>(original.organisations());
    participants = new ArrayList<>(original.participants());
    conferences = new ArrayList<>(original.conferences());
    visits = new ArrayList<>(original.visits());
    quotes = new ArrayList<>(original.quotes());
  }

  /** Builds the draft with a builder, all members at once. */
  Programme build() {
    return Programme.builder().from(original)
        .id(id).name(name)
        .leads(leads).funders(funders).themes(themes).hashtags(hashtags).sdgs(sdgs)
        .organisations(organisations).participants(participants).conferences(conferences)
        .visits(visits).quotes(quotes)
        .build();
  }

  /**
   * Builds the draft as {@code with*} copies of the original, one copy per changed member, so that
   * a single change is checked by the copy that makes it.
   */
  Programme buildWithCopies() {
    Programme p = original;
    p = p.withId(id).withName(name);
    if (!leads.equals(p.leads())) {
      p = p.withLeads(leads);
    }
    if (!funders.equals(p.funders())) {
      p = p.withFunders(funders);
    }
    if (!themes.equals(p.themes())) {
      p = p.withThemes(themes);
    }
    if (!hashtags.equals(p.hashtags())) {
      p = p.withHashtags(hashtags);
    }
    if (!sdgs.equals(p.sdgs())) {
      p = p.withSdgs(sdgs);
    }
    if (!organisations.equals(p.organisations())) {
      p = p.withOrganisations(organisations);
    }
    if (!participants.equals(p.participants())) {
      p = p.withParticipants(participants);
    }
    if (!conferences.equals(p.conferences())) {
      p = p.withConferences(conferences);
    }
    if (!visits.equals(p.visits())) {
      p = p.withVisits(visits);
    }
    if (!quotes.equals(p.quotes())) {
      p = p.withQuotes(quotes);
    }
    return p;
  }
}
