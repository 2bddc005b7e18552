package org.coproduce.interop.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.coproduce.interop.schemaorg.SchemaOrg;
import org.coproduce.model.Affiliation;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Sector;
import org.coproduce.model.Source;
import org.coproduce.model.Visit;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds the page as a jsoup document: the programme, its pictures and its facts, each text set
 * as a text node or attribute value, which jsoup escapes when it writes the page.
 */
final class PageWriter {
  private final Programme programme;
  private final PageOptions options;
  private final Texts texts;
  private final Names names;

  PageWriter(Programme programme, PageOptions options) {
    this.programme = programme;
    this.options = options;
    this.texts = new Texts(programme, options);
    this.names = new Names(programme, texts);
  }

  Document document() {
    Document document = new Document("");
    document.outputSettings()
        .charset("UTF-8")
        .escapeMode(Entities.EscapeMode.base)
        .syntax(Document.OutputSettings.Syntax.html)
        .prettyPrint(true)
        .indentAmount(1);
    document.appendChild(new DocumentType("html", "", ""));
    Element html = document.appendElement("html").attr("lang", "en");
    head(html.appendElement("head"));
    Element body = html.appendElement("body");
    header(body.appendElement("header"));
    Element main = body.appendElement("main");
    // The pictures first, for a reader who looks before reading; then the facts in full.
    Element timeline = section(main, "timeline-section", "Timeline");
    new Timeline(programme, texts).appendTo(timeline);
    if (!programme.conferences().isEmpty()) {
      new SectorBars(programme, texts).appendTo(section(main, "sector-mix-section", "Sector mix"));
    }
    Element network = section(main, "network-section", "Who took part where");
    new Network(programme, texts).appendTo(network);
    if (network.childrenSize() == 1) {
      network.remove();
    }
    organisations(main);
    people(main);
    new ConferenceList(programme, texts, names).appendTo(main);
    visits(main);
    quotes(main);
    outputs(main);
    body.appendElement("footer").appendElement("p").addClass("muted")
        .text("Made with Coproduce from the programme's own record.");
    Clean.document(document);
    return document;
  }

  private void head(Element head) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(programme.name(texts.reader()).text());
    head.appendElement("style").appendChild(new DataNode(Style.CSS));
    head.appendElement("script").attr("type", "application/ld+json")
        .appendChild(new DataNode(ScriptJson.escape(SchemaOrg.jsonLd(programme, options.base()))));
  }

  private void header(Element header) {
    Texts.put(header, "h1", programme.name(texts.reader()));
    programme.summary(texts.reader()).ifPresent(summary -> Texts.put(header, "p", summary));
    Element facts = header.appendElement("dl").addClass("facts");
    programme.period().ifPresent(period -> Words.time(fact(facts, "Period"), period));
    list(facts, "Led by", programme.leads().stream().map(names::organisation).toList());
    list(facts, "Funded by", programme.funders().stream().map(names::organisation).toList());
    words(facts, "Themes", programme.themes());
    words(facts, "Hashtags", programme.hashtags().stream().map(h -> "#" + h).toList());
    words(facts, "UN Sustainable Development Goals",
        programme.sdgs().stream().map(String::valueOf).toList());
    if (facts.childrenSize() == 0) {
      facts.remove();
    }
  }

  private void organisations(Element main) {
    if (programme.organisations().isEmpty()) {
      return;
    }
    Element section = section(main, "organisations", "Organisations");
    for (Sector sector : Sector.values()) {
      List<Organisation> inSector = programme.organisations().stream()
          .filter(o -> o.sector() == sector).toList();
      if (inSector.isEmpty()) {
        continue;
      }
      section.appendElement("h3").text(Words.sector(sector));
      Element list = section.appendElement("ul");
      for (Organisation organisation : inSector) {
        Element item = list.appendElement("li").attr("id", "organisations/" + organisation.id());
        Texts.put(item, "span", organisation.name(texts.reader()));
        organisation.shortName(texts.reader()).ifPresent(s -> {
          item.appendText(" (");
          Texts.put(item, "span", s);
          item.appendText(")");
        });
        organisation.parent().ifPresent(parent -> {
          item.appendText(", part of ");
          Texts.put(item, "span", names.organisation(parent));
        });
        organisation.place().ifPresent(place -> {
          item.appendText(", in ");
          texts.place(item, place);
        });
        organisation.url().ifPresent(url -> link(item, url));
      }
    }
  }

  private void people(Element main) {
    if (programme.participants().isEmpty()) {
      return;
    }
    Element list = section(main, "participants", "People").appendElement("ul");
    for (Participant participant : programme.participants()) {
      Element item = list.appendElement("li").attr("id", "participants/" + participant.id());
      item.appendElement("span").attr("dir", "auto").text(participant.name());
      participant.sector().ifPresent(s -> item.appendText(" (" + Words.sector(s) + ")"));
      for (Affiliation affiliation : participant.affiliations()) {
        item.appendText(affiliation.title().isPresent() ? ", " : ", at ");
        affiliation.title().ifPresent(title -> {
          item.appendElement("span").attr("dir", "auto").text(title);
          item.appendText(" at ");
        });
        Texts.put(item, "span", names.organisation(affiliation.organisation()));
      }
      participant.url().ifPresent(url -> link(item, url));
    }
  }

  private void visits(Element main) {
    if (programme.visits().isEmpty()) {
      return;
    }
    Element section = section(main, "visits", "Visits");
    for (Visit visit : programme.visits()) {
      Element article = article(section, "visits/" + visit.id(), visit.title(texts.reader()));
      Element facts = article.appendElement("dl").addClass("facts");
      Texts.put(fact(facts, "To"), "span", names.conference(visit.conference()));
      visit.origin().ifPresent(origin -> texts.place(fact(facts, "From"), origin));
      words(facts, "Travellers", visit.participants().stream().map(names::participant).toList());
      list(facts, "Funded by", visit.funders().stream().map(names::organisation).toList());
      visit.summary(texts.reader()).ifPresent(summary -> Texts.put(article, "p", summary));
    }
  }

  private void quotes(Element main) {
    if (programme.quotes().isEmpty()) {
      return;
    }
    Element section = section(main, "quotes", "Quotes");
    for (Quote quote : programme.quotes()) {
      Element figure = section.appendElement("figure").attr("id", "quotes/" + quote.id());
      Texts.put(figure.appendElement("blockquote"), "p", quote.text(texts.reader()));
      Element caption = figure.appendElement("figcaption");
      caption.appendText("\u2014 ");
      caption.appendElement("span").attr("dir", "auto").text(names.participant(quote.speaker()));
      quote.said().ifPresent(said -> {
        caption.appendText(", ");
        Words.time(caption, said);
      });
      quote.conference().ifPresent(conference -> {
        caption.appendText(", about ");
        Texts.put(caption, "span", names.conference(conference));
      });
      quote.source().ifPresent(source -> source(caption, source));
    }
  }

  private void outputs(Element main) {
    if (programme.outputs().isEmpty()) {
      return;
    }
    Element section = section(main, "outputs", "Outputs");
    for (Output output : programme.outputs()) {
      Element article = article(section, "outputs/" + output.id(), output.title(texts.reader()));
      Element facts = article.appendElement("dl").addClass("facts");
      fact(facts, "Kind").text(Words.kind(output.kind()));
      words(facts, "By", output.authors().stream().map(names::participant).toList());
      list(facts, "Organisations",
          output.organisations().stream().map(names::organisation).toList());
      output.published().ifPresent(published -> Words.time(fact(facts, "Published"), published));
      list(facts, "From conferences",
          output.conferences().stream().map(names::conference).toList());
      list(facts, "From visits", output.visits().stream().map(names::visit).toList());
      output.url().ifPresent(url -> link(fact(facts, "Web"), url));
      output.summary(texts.reader()).ifPresent(summary -> Texts.put(article, "p", summary));
    }
  }

  private static void source(Element caption, Source source) {
    caption.appendText(", in ");
    Element title = caption.appendElement("cite").attr("dir", "auto");
    if (source.url().isPresent()) {
      linkOrText(title, source.url().get(), source.title());
    } else {
      title.text(source.title());
    }
    source.publisher().ifPresent(publisher -> {
      caption.appendText(", ");
      caption.appendElement("span").attr("dir", "auto").text(publisher);
    });
    source.published().ifPresent(published -> {
      caption.appendText(", ");
      Words.time(caption, published);
    });
  }

  static Element section(Element parent, String id, String heading) {
    Element section = parent.appendElement("section").attr("id", id)
        .attr("aria-labelledby", id + "-heading");
    section.appendElement("h2").attr("id", id + "-heading").text(heading);
    return section;
  }

  /** Appends an article with its id and its heading. */
  static Element article(Element section, String id, LocalizedText heading) {
    Element article = section.appendElement("article").attr("id", id);
    Texts.put(article, "h3", heading);
    return article;
  }

  static Element fact(Element facts, String term) {
    facts.appendElement("dt").text(term);
    return facts.appendElement("dd");
  }

  /** Appends a fact with several texts, each isolated and marked with its language. */
  static void list(Element facts, String term, List<LocalizedText> values) {
    if (values.isEmpty()) {
      return;
    }
    Element value = fact(facts, term);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        value.appendText(", ");
      }
      Texts.put(value, "span", values.get(i));
    }
  }

  /** Appends a fact with several texts of unknown language, each isolated. */
  static void words(Element facts, String term, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    Element value = fact(facts, term);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        value.appendText(", ");
      }
      value.appendElement("span").attr("dir", "auto").text(values.get(i));
    }
  }

  /** Appends one of the programme's own URLs, as a link where HTML allows it to be one. */
  static void link(Element parent, String url) {
    parent.appendText(" ");
    linkOrText(parent, url, url);
  }

  /**
   * Appends text that links to one of the programme's own URLs (the model holds only http and
   * https ones). A URL with credentials ({@code https://user@host/}) is not a valid link in HTML
   * and is a common disguise ({@code https://bank.example@evil.example/}): its text is shown
   * without a link.
   */
  static void linkOrText(Element parent, String url, String text) {
    if (hasCredentials(url)) {
      parent.appendElement("span").attr("dir", "auto").text(text);
    } else {
      parent.appendElement("a").attr("href", url).attr("dir", "auto").text(text);
    }
  }

  private static boolean hasCredentials(String url) {
    try {
      return new URI(url).getRawUserInfo() != null;
    } catch (URISyntaxException e) {
      return true; // not expected of a programme's URL; shown, never linked
    }
  }
}
