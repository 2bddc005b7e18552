package org.coproduce.interop.page;

import java.util.List;
import java.util.Optional;
import org.coproduce.model.Conference;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.jsoup.nodes.Element;

/**
 * The conferences section: each conference in date order, with its place, dates, hosts, themes,
 * strands and sessions, and a table of who took part in which role.
 */
final class ConferenceList {
  private final Programme programme;
  private final Texts texts;
  private final Names names;

  ConferenceList(Programme programme, Texts texts, Names names) {
    this.programme = programme;
    this.texts = texts;
    this.names = names;
  }

  void appendTo(Element main) {
    if (programme.conferences().isEmpty()) {
      return;
    }
    Element section = PageWriter.section(main, "conferences", "Conferences");
    for (Conference conference : programme.conferencesByDate()) {
      conference(section, conference);
    }
  }

  private void conference(Element section, Conference conference) {
    String prefix = "conferences/" + conference.id();
    Element article = PageWriter.article(section, prefix, conference.name(texts.reader()));
    Element facts = article.appendElement("dl").addClass("facts");
    conference.dates().ifPresent(dates -> Words.time(PageWriter.fact(facts, "When"), dates));
    conference.place().ifPresent(place -> texts.place(PageWriter.fact(facts, "Where"), place));
    PageWriter.list(facts, "Hosted by",
        conference.hosts().stream().map(names::organisation).toList());
    PageWriter.words(facts, "Themes", conference.themes());
    conference.url().ifPresent(url -> PageWriter.link(PageWriter.fact(facts, "Web"), url));
    if (facts.childrenSize() == 0) {
      facts.remove();
    }
    conference.summary(texts.reader()).ifPresent(summary -> Texts.put(article, "p", summary));
    strands(article, prefix, conference.strands());
    sessions(article, prefix, conference);
    participations(article, conference);
  }

  private void strands(Element article, String prefix, List<Strand> strands) {
    if (strands.isEmpty()) {
      return;
    }
    article.appendElement("h4").text("Strands");
    Element list = article.appendElement("ul");
    for (Strand strand : strands) {
      Element item = list.appendElement("li").attr("id", prefix + "/strands/" + strand.id());
      Texts.put(item, "span", strand.title(texts.reader()));
      strand.summary(texts.reader()).ifPresent(summary -> {
        item.appendText(": ");
        Texts.put(item, "span", summary);
      });
    }
  }

  private void sessions(Element article, String prefix, Conference conference) {
    if (conference.sessions().isEmpty()) {
      return;
    }
    article.appendElement("h4").text("Sessions");
    for (Session session : conference.sessions()) {
      Element block = article.appendElement("div").addClass("session")
          .attr("id", prefix + "/sessions/" + session.id());
      Texts.put(block, "h5", session.title(texts.reader()));
      Element facts = block.appendElement("dl").addClass("facts");
      PageWriter.fact(facts, "Kind").text(Words.kind(session.kind()));
      session.strand().flatMap(conference::strand).ifPresent(strand ->
          Texts.put(PageWriter.fact(facts, "Strand"), "span", strand.title(texts.reader())));
      session.date().ifPresent(date -> Words.time(PageWriter.fact(facts, "When"), date));
      session.summary(texts.reader()).ifPresent(summary -> Texts.put(block, "p", summary));
    }
  }

  private void participations(Element article, Conference conference) {
    if (conference.participations().isEmpty()) {
      return;
    }
    Element table = Tables.table(article,
        "Who took part in " + conference.name(texts.reader()).text(),
        "Participant", "Role", "Session", "Representing");
    for (Participation participation : conference.participations()) {
      Element row = Tables.row(table, names.participant(participation.participant()));
      Tables.word(row, Words.role(participation.role()));
      Optional<Session> session = participation.session().flatMap(conference::session);
      if (session.isPresent()) {
        LocalizedText title = session.get().title(texts.reader());
        Texts.lang(Tables.text(row, title.text()), title);
      } else {
        Tables.word(row, "the whole conference");
      }
      Optional<LocalizedText> representing = participation.representing().map(names::organisation);
      Element cell = Tables.text(row, representing.map(LocalizedText::text).orElse(""));
      representing.ifPresent(organisation -> Texts.lang(cell, organisation));
    }
  }
}
