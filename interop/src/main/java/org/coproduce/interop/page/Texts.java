package org.coproduce.interop.page;

import java.util.Arrays;
import java.util.Optional;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;
import org.jsoup.nodes.Element;

/**
 * The programme's text as the page shows it: each text with the language it is in, where that is
 * known, so that the element holding it can say so with {@code lang}.
 */
final class Texts {
  /** A text and its language, where known. */
  record Shown(String text, Optional<String> language) {
    static Shown unknown(String text) {
      return new Shown(text, Optional.empty());
    }
  }

  Texts(Programme programme, PageOptions options) {
    // The format 1.0 model has no translations: every text is shown as it was given.
  }

  Shown name(Programme programme) {
    return Shown.unknown(programme.name());
  }

  Optional<Shown> summary(Programme programme) {
    return programme.summary().map(Shown::unknown);
  }

  Shown name(Organisation organisation) {
    return Shown.unknown(organisation.name());
  }

  Shown name(Conference conference) {
    return Shown.unknown(conference.name());
  }

  Optional<Shown> summary(Conference conference) {
    return conference.summary().map(Shown::unknown);
  }

  Shown title(Strand strand) {
    return Shown.unknown(strand.title());
  }

  Shown title(Session session) {
    return Shown.unknown(session.title());
  }

  Optional<Shown> summary(Session session) {
    return session.summary().map(Shown::unknown);
  }

  Shown title(Visit visit) {
    return Shown.unknown(visit.title());
  }

  Optional<Shown> summary(Visit visit) {
    return visit.summary().map(Shown::unknown);
  }

  Shown text(Quote quote) {
    return new Shown(quote.text(), quote.language());
  }

  /**
   * Appends an element holding the text, marked with its language where known, and isolated
   * from the direction of the text around it.
   */
  static Element put(Element parent, String tag, Shown shown) {
    Element element = parent.appendElement(tag).attr("dir", "auto").text(shown.text());
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
