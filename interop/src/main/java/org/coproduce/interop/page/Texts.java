package org.coproduce.interop.page;

import java.util.Arrays;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
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

  /** The reader's preferred languages, for the model's own {@code name(reader)} and the like. */
  LanguagePreference reader() {
    return reader;
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
    put(parent, "span", place.name(reader));
    place.region(reader).ifPresent(region -> {
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
