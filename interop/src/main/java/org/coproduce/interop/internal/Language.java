package org.coproduce.interop.internal;

import org.coproduce.interop.ExportOptions;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.Programme;

/**
 * The reader's language preference an export writes text for. Not part of the module's API (the
 * package is not exported).
 */
public final class Language {
  private Language() {}

  /**
   * The preference of the options' language, in the programme's own language; without one, a
   * preference that always chooses the original text.
   *
   * @param programme the programme
   * @param options the options
   * @return the preference
   */
  public static LanguagePreference reader(Programme programme, ExportOptions options) {
    return options.language().map(programme::preferring).orElseGet(programme::preferring);
  }
}
