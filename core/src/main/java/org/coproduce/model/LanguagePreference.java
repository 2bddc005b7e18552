package org.coproduce.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The languages a reader prefers, most preferred first, for choosing among an object's original
 * text and its translations (RFC 4647 lookup, as {@link Locale#lookupTag}: {@code ca-ES} falls
 * back to {@code ca}; tags compare ignoring case). Immutable and safe to share between threads.
 *
 * <p>Get one from the programme, {@code programme.preferring("ca-ES", "es")}: it then also knows
 * the programme's {@linkplain Programme#language() language}, which is the language of the original
 * text of every object but a {@link Quote} or an {@link Output} that names its own. Pass it to the
 * text members of any object, such as {@code session.title(reader)}, which give a {@link
 * LocalizedText}: the text in the language preferred most among those available (a translation, or
 * the original in its language), else the original text.
 */
public final class LanguagePreference {
  private final List<Locale.LanguageRange> ranges;
  private final Optional<String> documentLanguage;

  private LanguagePreference(List<Locale.LanguageRange> ranges, Optional<String> documentLanguage) {
    this.ranges = ranges;
    this.documentLanguage = documentLanguage;
  }

  /**
   * A preference for the given languages, most preferred first, that knows no document language:
   * the original text of an object that names no language of its own is then of unknown language.
   *
   * @param ranges language ranges such as {@code ca-ES}, {@code es} or {@code *}
   * @return the preference
   * @throws IllegalArgumentException if a range is not a well-formed language range
   */
  public static LanguagePreference of(String... ranges) {
    Objects.requireNonNull(ranges, "ranges");
    List<Locale.LanguageRange> list = new ArrayList<>(ranges.length);
    for (String range : ranges) {
      list.add(new Locale.LanguageRange(Objects.requireNonNull(range, "range")));
    }
    return new LanguagePreference(List.copyOf(list), Optional.empty());
  }

  /**
   * A preference for the given language ranges, in the order given (weights as {@link
   * Locale.LanguageRange#parse(String)} sorts them, as from an HTTP {@code Accept-Language}
   * header), that knows no document language.
   *
   * @param ranges the language ranges, most preferred first
   * @return the preference
   */
  public static LanguagePreference of(List<Locale.LanguageRange> ranges) {
    return new LanguagePreference(List.copyOf(Objects.requireNonNull(ranges, "ranges")),
        Optional.empty());
  }

  /** The same preference, for text whose original is in the given document language. */
  LanguagePreference inDocumentLanguage(Optional<String> language) {
    return new LanguagePreference(ranges, language);
  }

  /**
   * The language ranges, most preferred first.
   *
   * @return the ranges
   */
  public List<Locale.LanguageRange> ranges() {
    return ranges;
  }

  /**
   * The language of the original text of the objects this preference is used with, where the
   * objects themselves do not say: the programme's language.
   *
   * @return the document's language tag, or empty if unknown
   */
  public Optional<String> documentLanguage() {
    return documentLanguage;
  }

  /** Chooses one member's text, where the original is in the document's language. */
  <T> LocalizedText choose(
      String original, Map<String, T> translations, Function<T, Optional<String>> member) {
    return choose(original, documentLanguage, translations, member);
  }

  /**
   * Chooses one member's text: the original, in its language where known, or the translation of
   * that member in the most preferred language available.
   */
  <T> LocalizedText choose(String original, Optional<String> originalLanguage,
      Map<String, T> translations, Function<T, Optional<String>> member) {
    if (translations.isEmpty() || ranges.isEmpty()) {
      return LocalizedText.original(original, originalLanguage);
    }
    List<String> tags = new ArrayList<>(translations.size() + 1);
    originalLanguage.ifPresent(tags::add); // first, so that it wins any tie
    translations.forEach((tag, translation) -> {
      if (member.apply(translation).isPresent()) {
        tags.add(tag);
      }
    });
    String chosen = Locale.lookupTag(ranges, tags);
    // Within a programme no translation's tag equals the original's language ignoring case.
    if (chosen == null || chosen.equalsIgnoreCase(originalLanguage.orElse(""))) {
      return LocalizedText.original(original, originalLanguage);
    }
    return LocalizedText.translation(member.apply(translations.get(chosen)).orElseThrow(), chosen);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LanguagePreference
        && ((LanguagePreference) other).ranges.equals(ranges)
        && ((LanguagePreference) other).documentLanguage.equals(documentLanguage);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode() * 31 + documentLanguage.hashCode();
  }

  @Override
  public String toString() {
    return "LanguagePreference{ranges=" + ranges
        + documentLanguage.map(l -> ", documentLanguage=" + l).orElse("") + "}";
  }
}
