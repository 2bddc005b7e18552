package org.coproduce.interop.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.coproduce.interop.schemaorg.SchemaOrg;

/**
 * How a {@link ProgrammePage} is made: the reader's preferred languages and the base of the
 * embedded JSON-LD's ids. Immutable; each {@code with} method returns a changed copy.
 *
 * <pre>{@code
 * PageOptions options = PageOptions.defaults()
 *     .withLanguages("ca-ES", "es", "en")
 *     .withBase(URI.create("https://rjc.example.org/"));
 * }</pre>
 */
public final class PageOptions {
  private static final PageOptions DEFAULTS = new PageOptions(List.of(), SchemaOrg.DEFAULT_BASE);

  private final List<String> languages;
  private final URI base;

  private PageOptions(List<String> languages, URI base) {
    this.languages = languages;
    this.base = base;
  }

  /**
   * The defaults: no preferred language (every text as it was written) and ids relative to the
   * page ({@link SchemaOrg#DEFAULT_BASE}).
   *
   * @return the default options
   */
  public static PageOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The reader's preferred languages, most preferred first.
   *
   * @return BCP 47 language ranges, such as {@code ca-ES} or {@code en}; empty for none
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * The base IRI of the ids of the embedded schema.org JSON-LD.
   *
   * @return the base, as {@link SchemaOrg#jsonLd(org.coproduce.model.Programme, URI)} takes it
   */
  public URI base() {
    return base;
  }

  /**
   * These options with other preferred languages. A text is shown in the first of them that it
   * has a translation in (RFC 4647 lookup: {@code ca-ES} falls back to {@code ca}), else as it
   * was written.
   *
   * @param languages BCP 47 language ranges, most preferred first
   * @return the changed copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the range that is not a well-formed language range
   */
  public PageOptions withLanguages(String... languages) {
    return withLanguages(Arrays.asList(Objects.requireNonNull(languages, "languages")));
  }

  /**
   * These options with other preferred languages, as {@link #withLanguages(String...)}.
   *
   * @param languages BCP 47 language ranges, most preferred first
   * @return the changed copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the range that is not a well-formed language range
   */
  public PageOptions withLanguages(List<String> languages) {
    Objects.requireNonNull(languages, "languages");
    List<String> checked = new ArrayList<>(languages.size());
    for (int i = 0; i < languages.size(); i++) {
      String range = Objects.requireNonNull(languages.get(i), "languages[" + i + "]");
      try {
        new Locale.LanguageRange(range);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("languages[" + i + "]: \"" + range
            + "\" is not a well-formed BCP 47 language range", e);
      }
      checked.add(range);
    }
    return new PageOptions(List.copyOf(checked), base);
  }

  /**
   * These options with another base for the ids of the embedded JSON-LD.
   *
   * @param base the base IRI, such as {@code https://rjc.example.org/}
   * @return the changed copy
   * @throws NullPointerException if an argument is null
   */
  public PageOptions withBase(URI base) {
    return new PageOptions(languages, Objects.requireNonNull(base, "base"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageOptions that
        && that.languages.equals(languages) && that.base.equals(base);
  }

  @Override
  public int hashCode() {
    return Objects.hash(languages, base);
  }

  @Override
  public String toString() {
    return "PageOptions{languages=" + languages + ", base=" + base + "}";
  }
}
