package org.coproduce.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body people belong to or act for, in one {@link Sector}, possibly inside a parent
 * organisation. Build it with {@code Organisation.builder()}.
 */
@Value.Immutable
abstract class AbstractOrganisation {
  /**
   * The id, unique among the programme's organisations.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The full name; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A short name, such as "GMCA".
   *
   * @return the short name, or empty
   */
  public abstract Optional<String> shortName();

  /**
   * The sector the organisation belongs to.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * The id of the organisation this one sits inside; the chain of parents never loops.
   *
   * @return the parent's id, or empty
   */
  public abstract Optional<String> parent();

  /**
   * Where the organisation is.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> place();

  /**
   * An absolute http or https URL.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * Translations of {@code name} and {@code shortName}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, OrganisationTranslation> translations();

  /**
   * Members of a document that the model does not know.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The name in the language the reader prefers most among those it is available in, else the
   * original name.
   *
   * @param reader the languages the reader prefers
   * @return the name, translated or original, with its language where known
   */
  public LocalizedText name(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return reader.choose(name(), translations(), OrganisationTranslation::name);
  }

  /**
   * The short name in the language the reader prefers most among those it is available in, else
   * the original short name.
   *
   * @param reader the languages the reader prefers
   * @return the short name, translated or original, with its language where known; empty if none
   */
  public Optional<LocalizedText> shortName(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return shortName().map(
        text -> reader.choose(text, translations(), OrganisationTranslation::shortName));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("name", name());
    checks.text("shortName", shortName());
    checks.url("url", url());
    checks.translations(translations(), Optional.empty(),
        t -> Checks.lacking("shortName", shortName(), t.shortName()));
    checks.throwIfAny();
  }
}
