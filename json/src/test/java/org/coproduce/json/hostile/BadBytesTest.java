package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes that are not UTF-8, text that is not Unicode, NUL, UTF-16 and byte-order marks: each is
 * refused with a DocumentException at the exact pointer, whatever the input's form, with a message
 * that says what is wrong and where.
 */
class BadBytesTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final String BEFORE = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"a";
  private static final String AFTER = "b\"}";

  @TempDir
  static Path files;

  /** The ways to give a reader bytes. */
  enum Bytes {
    ARRAY(JSON::read),
    STREAM(bytes -> JSON.read(new ByteArrayInputStream(bytes))),
    FILE(bytes -> {
      try {
        Path file = Files.createTempFile(files, "document", ".json");
        Files.write(file, bytes);
        return JSON.read(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    final Function<byte[], Programme> read;

    Bytes(Function<byte[], Programme> read) {
      this.read = read;
    }
  }

  /** The ways to give a reader characters. */
  enum Text {
    STRING(JSON::read),
    READER(text -> JSON.read(new StringReader(text)));

    final Function<String, Programme> read;

    Text(Function<String, Programme> read) {
      this.read = read;
    }
  }

  /**
   * Malformed UTF-8 inside the programme's name: the bytes, the index among them of the first
   * byte that is wrong, and whether it cannot start a character or does not continue one.
   */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("lone continuation byte", "80", 0, false),
        Arguments.of("byte FF, never UTF-8", "FF", 0, false),
        Arguments.of("byte FE, never UTF-8", "FE", 0, false),
        Arguments.of("overlong '/' in two bytes", "C0 AF", 0, false),
        Arguments.of("overlong U+007F in two bytes", "C1 BF", 0, false),
        Arguments.of("overlong '/' in three bytes", "E0 80 AF", 1, true),
        Arguments.of("overlong '/' in four bytes", "F0 80 80 AF", 1, true),
        Arguments.of("encoded high surrogate U+D800", "ED A0 80", 1, true),
        Arguments.of("encoded low surrogate U+DFFF", "ED BF BF", 1, true),
        Arguments.of("encoded surrogate pair (CESU-8)", "ED A0 BD ED B8 80", 1, true),
        Arguments.of("beyond U+10FFFF", "F4 90 80 80", 1, true),
        Arguments.of("lead byte F5", "F5 80 80 80", 0, false),
        Arguments.of("five-byte form", "F8 88 80 80 80", 0, false),
        Arguments.of("six-byte form", "FC 84 80 80 80 80", 0, false),
        Arguments.of("sequence cut short by a quote", "E2 82", 2, true),
        Arguments.of("continuation byte that is ASCII", "C3 41", 1, true),
        Arguments.of("NUL as a continuation byte", "C2 00", 1, true));
  }

  static Stream<Arguments> malformedFromEverySource() {
    return malformed().flatMap(arguments -> Stream.of(Bytes.values())
        .map(source -> Arguments.of(source, arguments.get()[0], arguments.get()[1],
            arguments.get()[2], arguments.get()[3])));
  }

  @ParameterizedTest(name = "{1} ({2}) from {0}")
  @MethodSource("malformedFromEverySource")
  void refusesMalformedUtf8AtTheDocumentNamingTheByteAndItsOffset(Bytes source, String what,
      String hex, int bad, boolean continuing) {
    byte[] inserted = HexFormat.ofDelimiter(" ").parseHex(hex);
    byte[] document = concat(utf8(BEFORE), inserted, utf8(AFTER));
    // The byte after the inserted ones is the 'b' of AFTER.
    int badByte = bad < inserted.length ? inserted[bad] & 0xFF : 'b';
    // The parser names the byte, or for an encoded surrogate, an overlong form or a code point
    // beyond Unicode, what the bytes would mean; always at a line and column, never its advice.
    String expected = hex.startsWith("ED A") || hex.startsWith("ED B")
        ? "invalid UTF-8: the surrogate U+D" : hex.equals("F4 90 80 80")
        ? "invalid UTF-8: a code point beyond U+10FFFF" : hex.startsWith("E0 80")
            || hex.startsWith("F0 80") ? "invalid UTF-8: an overlong encoding"
        : String.format(Locale.ROOT, "invalid UTF-8: byte 0x%02X %s", badByte,
            continuing ? "does not continue the character before it" : "cannot start a character");
    assertThat(refusal(() -> source.read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).startsWith(expected).contains(", at line 1, column ");
    });
  }

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void refusesADocumentThatEndsInsideACharacter(Bytes source) {
    byte[] document = concat(utf8(BEFORE + AFTER), new byte[] {(byte) 0xE2, (byte) 0x82});
    assertThat(refusal(() -> source.read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).startsWith("malformed JSON: ").contains("at line 1, column ");
    });
  }

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void refusesMalformedUtf8OutsideStrings(Bytes source) {
    byte[] document = concat(utf8(BEFORE + AFTER.substring(0, 2) + ","),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("}"));
    assertThat(refusal(() -> source.read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).startsWith("malformed JSON: unexpected character")
          .contains("(code 55296)").contains("at line 1, column ");
    });
  }

  // ---- NUL ----------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void refusesARawNulInAStringAtTheDocument(Bytes source) {
    byte[] document = concat(utf8(BEFORE), new byte[] {0}, utf8(AFTER));
    assertThat(refusal(() -> source.read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).isEqualTo("malformed JSON: a control character (code 0) must be"
          + " escaped in a string, at line 1, column " + (utf8(BEFORE).length + 1));
    });
  }

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void refusesARawNulBetweenTokensAtTheDocument(Bytes source) {
    byte[] document = concat(utf8(BEFORE + AFTER.substring(0, 2)), new byte[] {0}, utf8("}"));
    assertThat(refusal(() -> source.read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).startsWith("malformed JSON: a control character (code 0) stands"
          + " between tokens");
    });
  }

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void refusesALeadingNulAsUtf16OrUtf32(Bytes source) {
    byte[] document = concat(new byte[] {0}, utf8(BEFORE + AFTER));
    assertThat(refusal(() -> source.read.apply(document))).containsExactly(new DocumentProblem("",
        "the document starts with a zero byte: it is UTF-16 or UTF-32, not UTF-8"));
  }

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void keepsAnEscapedNulAsText(Bytes source) {
    // U+0000 is a character like any other; JSON lets it be written escaped.
    Programme p = source.read.apply(utf8(BEFORE + "\\u0000" + AFTER));
    assertThat(p.name()).isEqualTo("a\u0000b");
    assertThat(JSON.write(p)).contains("\"name\":\"a\\u0000b\"");
  }

  // ---- Other encodings and byte-order marks --------------------------------------------------------

  static Stream<Arguments> otherEncodings() {
    String doc = BEFORE + AFTER;
    String zeroFirst = "the document starts with a zero byte: it is UTF-16 or UTF-32, not UTF-8";
    String zeroSecond = "the document's second byte is zero: it is UTF-16, not UTF-8";
    String utf16Bom = "the document starts with a UTF-16 byte-order mark: documents are UTF-8";
    String utf8Bom = "the document starts with a byte-order mark, which the format refuses";
    return Stream.of(
        Arguments.of("UTF-16BE", encode(doc, "UTF-16BE"), zeroFirst),
        Arguments.of("UTF-16LE", encode(doc, "UTF-16LE"), zeroSecond),
        Arguments.of("UTF-16BE with BOM", encode("\ufeff" + doc, "UTF-16BE"), utf16Bom),
        Arguments.of("UTF-16LE with BOM", encode("\ufeff" + doc, "UTF-16LE"), utf16Bom),
        Arguments.of("UTF-32BE", encode(doc, "UTF-32BE"), zeroFirst),
        Arguments.of("UTF-32LE", encode(doc, "UTF-32LE"), zeroSecond),
        Arguments.of("UTF-32BE with BOM", encode("\ufeff" + doc, "UTF-32BE"), zeroFirst),
        Arguments.of("UTF-32LE with BOM", encode("\ufeff" + doc, "UTF-32LE"), utf16Bom),
        Arguments.of("UTF-8 with BOM", encode("\ufeff" + doc, "UTF-8"), utf8Bom));
  }

  static Stream<Arguments> otherEncodingsFromEverySource() {
    return otherEncodings().flatMap(arguments -> Stream.of(Bytes.values())
        .map(source -> Arguments.of(source, arguments.get()[0], arguments.get()[1],
            arguments.get()[2])));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("otherEncodingsFromEverySource")
  void refusesOtherEncodingsAndByteOrderMarksAtTheDocument(Bytes source, String encoding,
      byte[] document, String message) {
    assertThat(refusal(() -> source.read.apply(document)))
        .containsExactly(new DocumentProblem("", message));
  }

  @ParameterizedTest
  @EnumSource(Text.class)
  void refusesAByteOrderMarkInText(Text source) {
    assertThat(refusal(() -> source.read.apply("\ufeff" + BEFORE + AFTER))).containsExactly(
        new DocumentProblem("", "the document starts with a byte-order mark, which the format"
            + " refuses"));
  }

  @ParameterizedTest
  @EnumSource(Text.class)
  void refusesAByteOrderMarkAfterWhiteSpaceAsMalformed(Text source) {
    assertThat(refusal(() -> source.read.apply(" \ufeff" + BEFORE + AFTER))).singleElement()
        .satisfies(problem -> {
          assertThat(problem.pointer()).isEmpty();
          assertThat(problem.message()).startsWith("malformed JSON");
        });
  }

  @ParameterizedTest
  @EnumSource(Bytes.class)
  void keepsU_FEFFInsideText(Bytes source) {
    assertThat(source.read.apply(utf8(BEFORE + "\ufeff" + AFTER)).name()).isEqualTo("a\ufeffb");
  }

  // ---- Unpaired surrogates -------------------------------------------------------------------------

  /**
   * A document and where its unpaired surrogate must be reported: raw (text input only) and
   * escaped. Jackson itself refuses an escaped one in a member name, as malformed JSON.
   */
  static Stream<Arguments> unpaired() {
    String head = "{\"formatVersion\":\"1.0\",\"id\":\"p\",";
    return Stream.of(
        Arguments.of("high in the name", head + "\"name\":\"\ud800\"}", "/name", "/name"),
        Arguments.of("low in the name", head + "\"name\":\"a\udc00\"}", "/name", "/name"),
        Arguments.of("reversed pair in the name", head + "\"name\":\"\udc00\ud800\"}", "/name",
            "/name"),
        Arguments.of("high in a theme", head + "\"name\":\"N\",\"themes\":[\"x\",\"\ud83d\"]}",
            "/themes/1", "/themes/1"),
        Arguments.of("high in a URL", head + "\"name\":\"N\",\"organisations\":[{\"id\":\"o\","
            + "\"name\":\"O\",\"sector\":\"public\",\"url\":\"https://example.org/\ud800\"}]}",
            "/organisations/0/url", "/organisations/0/url"),
        Arguments.of("low in an unknown member",
            head + "\"name\":\"N\",\"x-a\":{\"b\":[1,\"\udfff\"]}}", "/x-a/b/1", "/x-a/b/1"),
        Arguments.of("high in an unknown member's name",
            head + "\"name\":\"N\",\"x-\ud800\":1}", "/x-\ud800", ""));
  }

  static Stream<Arguments> unpairedRaw() {
    return unpaired().flatMap(arguments -> Stream.of(Text.values())
        .map(source -> Arguments.of(source, arguments.get()[0], arguments.get()[1],
            arguments.get()[2])));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("unpairedRaw")
  void refusesRawUnpairedSurrogatesAtTheMember(Text source, String what, String document,
      String pointer) {
    assertThat(refusal(() -> source.read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo(pointer);
      assertThat(problem.message()).contains("unpaired surrogate");
    });
  }

  static Stream<Arguments> unpairedEscaped() {
    return unpaired().flatMap(arguments -> {
      String escaped = escapeSurrogates((String) arguments.get()[1]);
      return Stream.concat(
          Stream.of(Bytes.values()).map(source -> Arguments.of(source, arguments.get()[0],
              (Function<String, Programme>) text -> source.read.apply(utf8(text)), escaped,
              arguments.get()[3])),
          Stream.of(Text.values()).map(source -> Arguments.of(source, arguments.get()[0],
              source.read, escaped, arguments.get()[3])));
    });
  }

  @ParameterizedTest(name = "{1}, escaped, from {0}")
  @MethodSource("unpairedEscaped")
  void refusesEscapedUnpairedSurrogatesAtTheMember(Object source, String what,
      Function<String, Programme> read, String document, String pointer) {
    assertThat(document).matches("[\\x00-\\x7f]*");
    assertThat(refusal(() -> read.apply(document))).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo(pointer);
      assertThat(problem.message()).containsAnyOf("unpaired surrogate", "Broken surrogate pair");
    });
  }

  @ParameterizedTest
  @EnumSource(Text.class)
  void refusesARawUnpairedSurrogateOutsideStringsAsMalformed(Text source) {
    assertThat(refusal(() -> source.read.apply(BEFORE + AFTER.substring(0, 2) + ",\ud800}")))
        .singleElement().satisfies(problem -> {
          assertThat(problem.pointer()).isEmpty();
          assertThat(problem.message()).startsWith("malformed JSON");
        });
  }

  @ParameterizedTest
  @EnumSource(Text.class)
  void keepsSurrogatePairsRawAndEscaped(Text source) {
    Programme raw = source.read.apply(BEFORE + "\ud83d\ude00" + AFTER);
    Programme escaped = source.read.apply(BEFORE + "\\ud83d\\ude00" + AFTER);
    assertThat(raw.name()).isEqualTo("a\ud83d\ude00b").isEqualTo(escaped.name());
  }

  // ---- Helpers -------------------------------------------------------------------------------------

  private static List<DocumentProblem> refusal(ThrowingCallable read) {
    AtomicReference<List<DocumentProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(read).isInstanceOfSatisfying(DocumentException.class,
        e -> problems.set(e.problems()));
    return problems.get();
  }

  /** Writes every surrogate of the text as a JSON escape. */
  private static String escapeSurrogates(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(Character.isSurrogate(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  private static byte[] encode(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, offset, part.length);
      offset += part.length;
    }
    return out;
  }
}
