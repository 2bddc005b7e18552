package org.coproduce.interop.page;

import java.util.Arrays;
import java.util.Optional;
import org.coproduce.model.Conference;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;
import org.jsoup.nodes.Element;

/**
 * The programme's text as the page shows it: each in the reader's most preferred language among
 * its original and its translations ({@link Programme#preferring(String...)}), with the language it
 * is in where that is known, so that the element holding it can say so with {@code lang}.
 */
final class Texts {
  private final LanguagePreference reader;

  Texts(Programme programme, PageOptions options) {
    this.reader = programme.preferring(options.languages().toArray(String[]::new));
  }

  LocalizedText name(Programme programme) {
    return programme.name(reader);
  }

  Optional<LocalizedText> summary(Programme programme) {
    return programme.summary(reader);
  }

  LocalizedText name(Organisation organisation) {
    return organisation.name(reader);
  }

  Optional<LocalizedText> shortName(Organisation organisation) {
    return organisation.shortName(reader);
  }

  LocalizedText name(Place place) {
    return place.name(reader);
  }

  Optional<LocalizedText> region(Place place) {
    return place.region(reader);
  }

  LocalizedText name(Conference conference) {
    return conference.name(reader);
  }

  Optional<LocalizedText> summary(Conference conference) {
    return conference.summary(reader);
  }

  LocalizedText title(Strand strand) {
    return strand.title(reader);
  }

  Optional<LocalizedText> summary(Strand strand) {
    return strand.summary(reader);
  }

  LocalizedText title(Session session) {
    return session.title(reader);
  }

  Optional<LocalizedText> summary(Session session) {
    return session.summary(reader);
  }

  LocalizedText title(Visit visit) {
    return visit.title(reader);
  }

  Optional<LocalizedText> summary(Visit visit) {
    return visit.summary(reader);
  }

  LocalizedText text(Quote quote) {
    return quote.text(reader);
  }

  LocalizedText title(Output output) {
    return output.title(reader);
  }

  Optional<LocalizedText> summary(Output output) {
    return output.summary(reader);
  }

  /**
   * Appends an element holding the text, marked with its language where known, and isolated
   * from the direction of the text around it.
   */
  static Element put(Element parent, String tag, LocalizedText shown) {
    return lang(parent.appendElement(tag).attr("dir", "auto").text(shown.text()), shown);
  }

  /** Appends a place: its name, its region where known, and its country's code. */
  void place(Element parent, Place place) {
    put(parent, "span", name(place));
    region(place).ifPresent(region -> {
      parent.appendText(", ");
      put(parent, "span", region);
    });
    parent.appendText(", " + place.country());
  }

  /** Marks the element with the text's language, where known. */
  static Element lang(Element element, LocalizedText shown) {
    shown.language().ifPresent(language -> element.attr("lang", htmlLanguage(language)));
    return element;
  }

  /**
   * The tag as HTML's {@code lang} takes it: without its extensions ({@code en-a-bbb-x-a-ccc}
   * becomes {@code en}), which HTML checks against a registry of extensions and which say nothing
   * about how to read the text. A tag that is all private use or grandfathered ({@code
   * x-private}, {@code i-klingon}) is kept as it is.
   */
  static String htmlLanguage(String tag) {
    String[] subtags = tag.split("-");
    for (int i = 1; i < subtags.length; i++) {
      if (subtags[i].length() == 1) {
        return String.join("-", Arrays.copyOf(subtags, i));
      }
    }
    return tag;
  }
}
