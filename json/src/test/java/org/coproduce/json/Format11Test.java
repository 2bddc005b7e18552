package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.model.Conference;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Output;
import org.coproduce.model.Place;
import org.coproduce.model.PlaceTranslation;
import org.coproduce.model.Programme;
import org.coproduce.model.Visit;
import org.junit.jupiter.api.Test;

/**
 * What format 1.1 promises beyond single rules: the version a writer writes, and the multilingual
 * example of docs/format.md, read as a reader asking for {@code ca-ES} then {@code es} reads it.
 */
class Format11Test {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final String MINIMAL = "{\"formatVersion\": \"%s\", \"id\": \"p\", \"name\": \"P\"%s}";

  @Test
  void writesTheLowestVersionTheContentNeeds() {
    assertThat(versionWritten("1.0", "")).isEqualTo("1.0");
    assertThat(versionWritten("1.1", "")).isEqualTo("1.0");
    assertThat(versionWritten("1.0", ", \"language\": \"en\"")).isEqualTo("1.1");
    assertThat(versionWritten("1.1", ", \"translations\": {\"ca\": {\"name\": \"Q\"}}"))
        .isEqualTo("1.1");
    assertThat(versionWritten("1.1",
        ", \"outputs\": [{\"id\": \"o\", \"title\": \"O\", \"kind\": \"report\"}]"))
        .isEqualTo("1.1");
  }

  @Test
  void aTranslationDeepInsideMakesTheDocumentOneOfFormat11() {
    Programme plain = JSON.read(String.format(java.util.Locale.ROOT, MINIMAL, "1.0",
        ", \"conferences\": [{\"id\": \"c\", \"name\": \"C\"}],"
            + " \"visits\": [{\"id\": \"v\", \"title\": \"V\", \"conference\": \"c\","
            + " \"origin\": {\"name\": \"Cape Town\", \"country\": \"ZA\"}}]"));
    assertThat(JSON.write(plain)).contains("\"formatVersion\":\"1.0\"");
    Visit visit = plain.visits().get(0);
    Place origin = visit.origin().orElseThrow();
    Programme translated = plain.withVisits(visit.withOrigin(origin.withTranslations(
        java.util.Map.of("ca", PlaceTranslation.builder().name("Ciutat del Cap").build()))));
    String written = JSON.write(translated);
    assertThat(written).contains("\"formatVersion\":\"1.1\"")
        .contains("\"translations\":{\"ca\":{\"name\":\"Ciutat del Cap\"}}");
    assertThat(JSON.read(written)).isEqualTo(translated);
  }

  @Test
  void keepsANewerMinorVersionItRead() {
    assertThat(versionWritten("1.7", ", \"language\": \"en\"")).isEqualTo("1.7");
    assertThat(versionWritten("1.7", "")).isEqualTo("1.7");
  }

  @Test
  void theDocumentationsMultilingualExampleReadsAsItSays() throws Exception {
    Programme programme = JSON.read(example());
    LanguagePreference reader = programme.preferring("ca-ES", "es");
    assertThat(programme.name(reader)).satisfies(t -> is(t, "Carrers en Comú", "ca", true));
    Conference forum = programme.conferences().get(0);
    assertThat(forum.name(reader)).satisfies(t -> is(t, "Fòrum dels Carrers", "ca", true));
    assertThat(forum.place().orElseThrow().name(reader))
        .satisfies(t -> is(t, "Barcelona", "en", false));
    Output report = programme.outputs().get(0);
    assertThat(report.title(reader)).satisfies(t -> is(t, "Lo que aprendió el foro", "es", true));
    Output video = programme.outputs().get(1);
    assertThat(video.title(reader)).satisfies(t -> is(t, "El fòrum en tres minuts", "ca", false));
    assertThat(JSON.write(programme)).startsWith("{\"formatVersion\":\"1.1\"");
  }

  private static void is(LocalizedText text, String expected, String language,
      boolean translation) {
    assertThat(text.text()).isEqualTo(expected);
    assertThat(text.language()).isEqualTo(Optional.of(language));
    assertThat(text.isTranslation()).isEqualTo(translation);
  }

  private static String versionWritten(String read, String members) {
    String written = JSON.write(JSON.read(String.format(java.util.Locale.ROOT, MINIMAL, read,
        members)));
    Matcher version = Pattern.compile("\"formatVersion\":\"([0-9.]+)\"").matcher(written);
    assertThat(version.find()).as(written).isTrue();
    return version.group(1);
  }

  /** The JSON block of the section "A multilingual example" of docs/format.md. */
  private static String example() throws IOException, URISyntaxException {
    Path classes = Path.of(Format11Test.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    String docs = Files.readString(classes.getParent().getParent().getParent().resolve("docs")
        .resolve("format.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## A multilingual example\\n.*?```json\\n(.*?)```",
        Pattern.DOTALL).matcher(docs);
    assertThat(block.find()).as("docs/format.md has a multilingual example").isTrue();
    return block.group(1);
  }
}
