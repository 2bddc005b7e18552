package org.coproduce.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.TranslatedProgramme;
import org.coproduce.model.Conference;
import org.coproduce.model.Extensions;
import org.coproduce.model.Output;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 in the tables: outputs and their relations, and translated text, shown in a
 * preferred language with nothing lost.
 */
class CsvTranslationsTest {
  @Test
  void writesTheOriginalsAndEveryTranslationByDefault() {
    Tables t = new Tables(CsvTables.tables(TranslatedProgramme.programme(), ExportOptions.defaults()).output(), true);
    assertThat(t.column("programme", "language")).containsExactly("en");
    assertThat(t.column("conferences", "name")).containsExactly("Democracy conference");
    assertThat(t.column("sessions", "title")).containsExactly("Opening");
    assertThat(t.column("outputs", "id", "title", "kind"))
        .containsExactly("report|What we learnt|report");
    assertThat(t.column("output_authors", "output_id", "participant_id"))
        .containsExactly("report|ana");
    assertThat(t.column("output_conferences", "output_id", "conference_id"))
        .containsExactly("report|bcn");
    assertThat(t.column("translations",
        "table", "conference_id", "id", "column", "language", "original", "text"))
        .containsExactly(
            "conferences||bcn|name|es|false|Congreso de democracia",
            "sessions|bcn|opening|title|es|false|Apertura",
            "sessions|bcn|opening|title|ca|false|Obertura",
            "outputs||report|title|es|false|Lo aprendido");
  }

  @Test
  void showsThePreferredLanguageAndKeepsTheOriginals() {
    Tables t = new Tables(CsvTables.tables(
        TranslatedProgramme.programme(), ExportOptions.defaults().withLanguage("es")).output(), true);
    assertThat(t.column("programme", "name")).as("no translation: the original")
        .containsExactly("Just cities");
    assertThat(t.column("conferences", "name")).containsExactly("Congreso de democracia");
    assertThat(t.column("sessions", "title")).containsExactly("Apertura");
    assertThat(t.column("outputs", "title")).containsExactly("Lo aprendido");
    assertThat(t.column("translations",
        "table", "conference_id", "id", "column", "language", "original", "text"))
        .containsExactly(
            "conferences||bcn|name|en|true|Democracy conference",
            "sessions|bcn|opening|title|en|true|Opening",
            "sessions|bcn|opening|title|ca|false|Obertura",
            "outputs||report|title|en|true|What we learnt");
  }

  @Test
  void namesTheExtensionMembersOfOutputsAndTranslations() {
    Programme programme = TranslatedProgramme.programme();
    Conference bcn = programme.conferences().get(0);
    Output report = programme.outputs().get(0);
    programme = programme
        .withConferences(bcn.withTranslations(Map.of("es", bcn.translations().get("es")
            .withExtensions(Extensions.builder().put("x-voice", "formal").build()))))
        .withOutputs(report.withExtensions(Extensions.builder().put("x-pages", 12).build()));
    assertThat(CsvTables.tables(programme, ExportOptions.defaults()).warnings()).containsExactly(
        "/conferences/0/translations/es: the members the model does not know (\"x-voice\") have"
            + " no place in this format and are not carried",
        "/outputs/0: the members the model does not know (\"x-pages\") have no place in this"
            + " format and are not carried");
  }

  @Test
  void refusesALanguageThatIsNotOne() {
    assertThatThrownBy(() -> ExportOptions.defaults().withLanguage("not a tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"not a tag\" is not a well-formed language tag");
    assertThat(CsvTables.tables(TranslatedProgramme.programme(), ExportOptions.defaults().withLanguage("fr"))
        .output()).as("a language without translations: the originals")
        .isEqualTo(CsvTables.tables(TranslatedProgramme.programme(), ExportOptions.defaults()).output());
  }
}
