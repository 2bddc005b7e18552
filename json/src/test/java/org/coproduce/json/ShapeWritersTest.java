package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Programme;
import org.coproduce.model.Sector;
import org.coproduce.model.ValidationException;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's code per type is generated from the declaration: a member added to, moved in or
 * changed in the {@link Declaration} and not in {@code ShapeWriters} fails here. And what the
 * writer writes its own way, partial dates and ids, is what the model says.
 */
class ShapeWritersTest {
  @Test
  void shapeWritersIsWhatTheDeclarationGenerates() throws IOException, URISyntaxException {
    // From json/target/test-classes to the module's root, wherever the tests are run from.
    Path target = Path.of(ShapeWritersTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).getParent();
    Path source = target.getParent().resolve(
        Path.of("src", "main", "java", "org", "coproduce", "json", "ShapeWriters.java"));
    String generated = WriterSource.generate();
    Path fresh = target.resolve("ShapeWriters.java");
    Files.writeString(fresh, generated, StandardCharsets.UTF_8);
    assertThat(Files.readString(source, StandardCharsets.UTF_8))
        .as("%s is not what the declaration generates: copy %s over it", source, fresh)
        .isEqualTo(generated);
  }

  static Stream<PartialDate> dates() {
    return Stream.of(PartialDate.ofYear(1), PartialDate.ofYear(999), PartialDate.ofYear(2018),
        PartialDate.ofMonth(10, 10), PartialDate.ofMonth(2018, 1), PartialDate.ofDay(2018, 11, 24),
        PartialDate.ofDay(1066, 10, 14), PartialDate.ofDay(9999, 12, 31));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void writesPartialDatesAsTheModelSpellsThem(PartialDate date) {
    Programme p = Programme.builder().id("p").name("P").period(DateRange.of(date, date)).build();
    assertThat(ProgrammeJson.create().write(p)).contains("\"period\":{\"start\":\"" + date
        + "\",\"end\":\"" + date + "\"}");
  }

  /**
   * A programme's ids are written to bytes as they are, unescaped ({@code DocumentWriter.id}):
   * that holds only while the model refuses any id with a character JSON escapes or encodes in
   * more than one byte.
   */
  @ParameterizedTest(name = "character {index}")
  @MethodSource("charactersJsonEscapesOrEncodes")
  void idsCannotHoldWhatJsonWouldEscape(String character) {
    assertThatThrownBy(() -> Programme.builder().id("p" + character + "q").name("P").build())
        .isInstanceOf(ValidationException.class);
  }

  static Stream<String> charactersJsonEscapesOrEncodes() {
    return Stream.of("\"", "\\", "/", "\n", "\u0000", "\u007f", "\u00e9", "\u2028", "\ud83d\ude00");
  }

  @Test
  void writesIdsAndReferencesExactly() {
    Programme p = Programme.builder().id("a-0-z9").name("P").addLeads("org-1")
        .addOrganisations(Organisation.builder().id("org-1").name("O")
            .sector(Sector.PUBLIC).build())
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgrammeJson.create().write(p, bytes); // to bytes, where ids are copied as they are
    String written = bytes.toString(StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(ProgrammeJson.create().write(p)).contains("\"id\":\"a-0-z9\"", "\"leads\":[\"org-1\"]",
        "{\"id\":\"org-1\",");
    assertThat(ProgrammeJson.create().read(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(p);
  }

  @Test
  void writingToBytesAndToCharactersGivesTheSameDocument() {
    ProgrammeJson json = ProgrammeJson.create();
    for (long seed = 1; seed <= 200; seed++) {
      Programme p = new ProgrammeGenerator(seed).withFormat11().programme((int) (seed % 40));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      json.write(p, bytes);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).as("seed %d", seed)
          .isEqualTo(json.write(p));
    }
  }
}
