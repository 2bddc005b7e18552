package org.coproduce.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A member's text as chosen for a reader: a translation in a language the reader prefers, or else
 * the original text. Get one from an object's text members, such as {@code session.title(reader)}
 * for a {@link LanguagePreference} {@code reader}.
 */
public final class LocalizedText {
  private final String text;
  private final Optional<String> language;
  private final boolean translation;

  private LocalizedText(String text, Optional<String> language, boolean translation) {
    this.text = text;
    this.language = language;
    this.translation = translation;
  }

  static LocalizedText original(String text, Optional<String> language) {
    return new LocalizedText(text, language, false);
  }

  static LocalizedText translation(String text, String tag) {
    return new LocalizedText(text, Optional.of(tag), true);
  }

  /**
   * The text, exactly as given.
   *
   * @return the text; never blank
   */
  public String text() {
    return text;
  }

  /**
   * The language the text is in: the tag of the translation as written, or the language of the
   * original where that is known.
   *
   * @return the BCP 47 tag, or empty if the text is the original and its language is unknown
   */
  public Optional<String> language() {
    return language;
  }

  /**
   * Whether the text is a translation rather than the original.
   *
   * @return true for a translation
   */
  public boolean isTranslation() {
    return translation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText
        && ((LocalizedText) other).text.equals(text)
        && ((LocalizedText) other).language.equals(language)
        && ((LocalizedText) other).translation == translation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, language, translation);
  }

  @Override
  public String toString() {
    return "LocalizedText{text=" + text + language.map(l -> ", language=" + l).orElse("")
        + ", translation=" + translation + "}";
  }
}
