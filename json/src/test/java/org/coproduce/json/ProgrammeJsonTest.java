package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.junit.jupiter.api.Test;

class ProgrammeJsonTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();

  /** A small document in canonical form, using most types. */
  static final String SMALL = "{\"formatVersion\":\"1.0\",\"id\":\"rjc\",\"name\":\"Realising Just Cities\","
      + "\"leads\":[\"muf\"],\"themes\":[\"co-production\"],\"hashtags\":[\"CoProduceGM\"],\"sdgs\":[11],"
      + "\"organisations\":[{\"id\":\"muf\",\"name\":\"Mistra Urban Futures\",\"sector\":\"academic\"},"
      + "{\"id\":\"gmca\",\"name\":\"Greater Manchester Combined Authority\",\"shortName\":\"GMCA\","
      + "\"sector\":\"public\",\"place\":{\"name\":\"Manchester\",\"country\":\"GB\","
      + "\"coordinates\":{\"latitude\":53.48,\"longitude\":-2.24}}}],"
      + "\"participants\":[{\"id\":\"david-rogerson\",\"name\":\"David Rogerson\",\"sector\":\"public\","
      + "\"affiliations\":[{\"organisation\":\"gmca\",\"title\":\"Strategist\"}]}],"
      + "\"conferences\":[{\"id\":\"cape-town-2018\",\"name\":\"Realising Just Cities 2018\","
      + "\"place\":{\"name\":\"Cape Town\",\"country\":\"ZA\"},\"dates\":{\"start\":\"2018\"},"
      + "\"sessions\":[{\"id\":\"field-trips\",\"title\":\"Field trips\",\"kind\":\"field-trip\"}],"
      + "\"participations\":[{\"participant\":\"david-rogerson\",\"role\":\"observer\"}]}],"
      + "\"quotes\":[{\"id\":\"q1\",\"speaker\":\"david-rogerson\",\"text\":\"\\\"Hi\\\" \\u00e9 \\ud83d\\ude00\","
      + "\"language\":\"en\",\"said\":\"2018-11\",\"conference\":\"cape-town-2018\"}]}";

  @Test
  void readsAndWritesTheSameCanonicalText() {
    Programme p = JSON.read(SMALL);
    assertThat(p.name()).isEqualTo("Realising Just Cities");
    assertThat(p.conferences().get(0).dates().orElseThrow().start()).isEqualTo(PartialDate.ofYear(2018));
    assertThat(p.rolesOf("david-rogerson")).containsEntry("cape-town-2018", java.util.Set.of(Role.OBSERVER));
    assertThat(p.quotes().get(0).text()).isEqualTo("\"Hi\" \u00e9 \ud83d\ude00");
    String written = JSON.write(p);
    assertThat(JSON.read(written)).isEqualTo(p);
    assertThat(JSON.write(JSON.read(written))).isEqualTo(written);
  }

  @Test
  void whatOneObjectGivesIsNotCarriedToTheNextOfItsType() {
    // Each type's builder is made once per reader and cleared for each object.
    Programme p = JSON.read("{\"formatVersion\":\"1.1\",\"id\":\"p\",\"name\":\"P\","
        + "\"organisations\":[{\"id\":\"a\",\"name\":\"A\",\"sector\":\"public\","
        + "\"url\":\"https://a.example/\",\"translations\":{\"ca\":{\"name\":\"Ca\"}},"
        + "\"x-extra\":1},{\"id\":\"b\",\"name\":\"B\",\"sector\":\"academic\"}],"
        + "\"participants\":[{\"id\":\"q\",\"name\":\"Q\",\"sector\":\"public\","
        + "\"affiliations\":[{\"organisation\":\"a\"},{\"organisation\":\"b\"}]},"
        + "{\"id\":\"r\",\"name\":\"R\",\"sector\":\"public\"}]}");
    assertThat(p.organisations().get(1).url()).isEmpty();
    assertThat(p.organisations().get(1).translations()).isEmpty();
    assertThat(p.organisations().get(1).extensions().members()).isEmpty();
    assertThat(p.organisations().get(0).extensions().members()).containsOnlyKeys("x-extra");
    assertThat(p.participants().get(0).affiliations()).hasSize(2);
    assertThat(p.participants().get(1).affiliations()).isEmpty();
  }

  @Test
  void readsFromEverySource() {
    Programme p = JSON.read(SMALL);
    byte[] bytes = SMALL.getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(bytes)).isEqualTo(p);
    assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(p);
    assertThat(JSON.read(new StringReader(SMALL))).isEqualTo(p);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(p, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(p));
  }

  @Test
  void reportsEveryProblemAtOnceInDocumentOrder() {
    String doc = SMALL
        .replace("\"name\":\"Realising Just Cities\"", "\"name\":\" \"")
        .replace("{\"start\":\"2018\"}", "{\"start\":\"2018-11\",\"end\":\"2018-10\"}")
        .replace("{\"participant\":\"david-rogerson\",\"role\":\"observer\"}",
            "{\"participant\":\"kate-finney\",\"role\":\"observer\"}")
        .replace("\"language\":\"en\"", "\"language\":\"en_GB\"");
    assertThatThrownBy(() -> JSON.read(doc))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(pointers(e)).containsExactly(
            "/name",
            "/conferences/0/dates/end",
            "/conferences/0/participations/0/participant",
            "/quotes/0/language"));
  }

  @Test
  void checksReferencesEvenWhereOtherMembersAreBroken() {
    String doc = SMALL
        .replace("\"sector\":\"academic\"", "\"sector\":\"academia\"")
        .replace("\"kind\":\"field-trip\"", "\"kind\":7")
        .replace("{\"participant\":\"david-rogerson\",\"role\":\"observer\"}",
            "{\"participant\":\"kate-finney\",\"role\":\"observer\",\"session\":\"nope\"}");
    DocumentException e = catchDocument(doc);
    assertThat(pointers(e)).containsExactly(
        "/organisations/0/sector",
        "/conferences/0/sessions/0/kind",
        "/conferences/0/participations/0/participant",
        "/conferences/0/participations/0/session");
    assertThat(e.problems().get(0).message()).contains("\"academia\" is not a sector");
    assertThat(e.problems().get(2).message()).isEqualTo("no participant with id \"kate-finney\"");
  }

  @Test
  void reportsMissingAndNullRequiredMembers() {
    DocumentException e = catchDocument(
        "{\"formatVersion\":\"1.0\",\"name\":null,\"organisations\":[{\"id\":\"a\",\"sector\":\"public\"},null]}");
    assertThat(pointers(e)).containsExactly("/id", "/name", "/organisations/0/name", "/organisations/1");
  }

  @Test
  void refusesRepeatedMembersAtTheRepeat() {
    DocumentException e = catchDocument(
        "{\"formatVersion\":\"1.0\",\"id\":\"a\",\"name\":\"A\",\"id\":\"b\",\"x-a\":{\"k\":1,\"k\":2}}");
    assertThat(pointers(e)).containsExactly("/id", "/x-a/k");
  }

  @Test
  void keepsUnknownMembersInTolerantModeAndRefusesThemInStrictMode() {
    String doc = "{\"formatVersion\":\"1.3\",\"id\":\"a\",\"name\":\"A\",\"x-n\":[1.50,null,{\"b\":[]}],"
        + "\"period\":{\"start\":\"2018\",\"later\":null}}";
    Programme p = JSON.read(doc);
    String written = JSON.write(p);
    assertThat(written).isEqualTo("{\"formatVersion\":\"1.3\",\"id\":\"a\",\"name\":\"A\","
        + "\"period\":{\"start\":\"2018\",\"later\":null},\"x-n\":[1.50,null,{\"b\":[]}]}");
    assertThat(JSON.read(written)).isEqualTo(p);
    DocumentException e = catchDocument(ProgrammeJson.builder().strict(true).build(), doc);
    assertThat(pointers(e)).containsExactly("/x-n", "/period/later");
  }

  @Test
  void refusesToWriteAnExtensionThatWouldRepeatAKnownMember() {
    // "shortName" is unknown to a programme, but known to an organisation.
    Programme read = JSON.read("{\"formatVersion\":\"1.0\",\"id\":\"a\",\"name\":\"A\","
        + "\"shortName\":\"A\",\"organisations\":[{\"id\":\"o\",\"name\":\"O\",\"sector\":\"public\"}]}");
    assertThat(JSON.write(read)).endsWith(",\"shortName\":\"A\"}");
    Programme moved = read.withOrganisations(
        read.organisations().get(0).withExtensions(read.extensions()));
    assertThatThrownBy(() -> JSON.write(moved))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"shortName\" has the name of a member of Organisation");
  }

  @Test
  void refusesAnotherMajorVersionAtFormatVersion() {
    DocumentException e = catchDocument("{\"formatVersion\":\"2.0\",\"id\":\"BAD\"}");
    assertThat(pointers(e)).containsExactly("/formatVersion");
    assertThat(catchDocument("{\"id\":\"a\",\"name\":\"A\"}").problems())
        .extracting(DocumentProblem::pointer).containsExactly("/formatVersion");
  }

  @Test
  void refusesMalformedInputAtTheDocument() {
    for (String doc : List.of("", "[]", "{\"formatVersion\":\"1.0\",", "{} {}", "\uFEFF{}", "{\"a\":tru}")) {
      DocumentException e = catchDocument(doc);
      assertThat(pointers(e)).as(doc).endsWith("");
    }
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(pointers(catchBytes(bom))).containsExactly("");
    byte[] overlong = "{\"formatVersion\":\"1.0\",\"id\":\"a\",\"name\":\"\u0000\"}".getBytes(StandardCharsets.UTF_8);
    overlong = java.util.Arrays.copyOf(overlong, overlong.length + 1);
    byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'};
    assertThat(pointers(catchBytes(invalid))).containsExactly("");
    assertThat(catchBytes(invalid).problems().get(0).message()).contains("invalid UTF-8");
  }

  @Test
  void refusesEscapedUnpairedSurrogatesAtTheMember() {
    DocumentException e = catchDocument("{\"formatVersion\":\"1.0\",\"id\":\"a\",\"name\":\"\\ud800\"}");
    assertThat(pointers(e)).containsExactly("/name");
  }

  @Test
  void passesFailuresOfTheCallersStreamAsUncheckedIoException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    assertThatThrownBy(() -> JSON.read(failing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk on fire");
  }

  static List<String> pointers(DocumentException e) {
    return e.problems().stream().map(DocumentProblem::pointer).toList();
  }

  static DocumentException catchDocument(String doc) {
    return catchDocument(JSON, doc);
  }

  static DocumentException catchDocument(ProgrammeJson json, String doc) {
    try {
      json.read(doc);
    } catch (DocumentException e) {
      return e;
    }
    throw new AssertionError("not refused: " + doc);
  }

  static DocumentException catchBytes(byte[] doc) {
    try {
      JSON.read(new ByteArrayInputStream(doc));
    } catch (DocumentException e) {
      try {
        JSON.read(doc);
      } catch (DocumentException again) {
        assertThat(again.problems()).isEqualTo(e.problems());
        return e;
      }
      throw new AssertionError("refused as a stream but not as bytes");
    }
    throw new AssertionError("not refused");
  }
}
