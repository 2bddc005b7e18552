package org.coproduce.model;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The programme-wide rule of translations: no object's translation is into the language of its
 * original text where that is the programme's language. (An object that names its own language,
 * and the programme itself, check their own translations when they are built.) The validator calls
 * it where its walk meets translations, so that problems stay in document order; it allocates
 * nothing unless it reports.
 */
final class OriginalLanguage {
  /** Takes a problem: its message and its path from the programme. */
  interface Sink {
    void add(String message, Object... path);
  }

  private final String language;
  private final Sink sink;
  /** The tag {@link #offending} found: the walk over a map's tags leaves it here. */
  private @Nullable String found;
  /** That walk: made once, so that asking of a map allocates no iterator (it is asked often). */
  private final BiConsumer<String, Object> finder;

  private OriginalLanguage(String language, Sink sink) {
    this.language = language;
    this.sink = sink;
    this.finder = (tag, translation) -> {
      if (found == null && tag.equalsIgnoreCase(language) && LanguageTags.isWellFormed(tag)) {
        found = tag;
      }
    };
  }

  /** A checker for the programme's language; one that finds nothing where that is not valid. */
  static OriginalLanguage of(Optional<String> language, Sink sink) {
    return new OriginalLanguage(language.filter(LanguageTags::isWellFormed).orElse(null), sink);
  }

  /** The translations of the item at {@code list/index}. */
  void tags(Map<String, ?> translations, String list, int index) {
    String tag = offending(translations);
    if (tag != null) {
      sink.add(Checks.originalLanguage(tag), list, index, "translations", tag);
    }
  }

  /** The translations of an item that may name its own language, which then holds instead. */
  void tags(Optional<String> own, Map<String, ?> translations, String list, int index) {
    if (own.isEmpty()) {
      tags(translations, list, index);
    }
  }

  /** The translations of the place at {@code list/index/member}. */
  void place(Optional<Place> place, String list, int index, String member) {
    String tag = place.isPresent() ? offending(place.get().translations()) : null;
    if (tag != null) {
      sink.add(Checks.originalLanguage(tag), list, index, member, "translations", tag);
    }
  }

  /** The translations of the strand or session at {@code conferences/c/list/index}. */
  void tags(Map<String, ?> translations, int c, String list, int index) {
    String tag = offending(translations);
    if (tag != null) {
      sink.add(Checks.originalLanguage(tag), "conferences", c, list, index, "translations", tag);
    }
  }

  /**
   * The first tag equal to the language ignoring case, or null: a later one repeats it, which the
   * object itself reports.
   */
  private String offending(Map<String, ?> translations) {
    if (language == null || translations.isEmpty()) {
      return null;
    }
    found = null;
    translations.forEach(finder);
    return found;
  }
}
