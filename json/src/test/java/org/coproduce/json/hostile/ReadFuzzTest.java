package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the reader with Jazzer. Any outcome of a read other than a programme or a {@link
 * DocumentException} is a finding; so is a programme that does not survive writing and reading
 * again, a writer that is not stable, and two ways of reading the same bytes that disagree.
 *
 * <p>A third target does the same through the Jackson module.
 *
 * <p>In normal test runs each target replays its seeds: the generated programmes and golden
 * documents of {@link #seeds()}, the documents in {@code ReadFuzzTestInputs/} and the regression
 * inputs in {@code ReadFuzzTestInputs/<target>/}. {@code json/fuzz.sh} fuzzes for a chosen time.
 */
class ReadFuzzTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final ProgrammeJson STRICT = ProgrammeJson.builder().strict(true).build();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(ProgrammeJson.module()).build();

  /** Generated programmes of a few sizes, of format 1.0 and 1.1, and the golden documents. */
  static Stream<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    for (int seed = 0; seed < 6; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(seed * 3);
      seeds.add(JSON.write(p).getBytes(StandardCharsets.UTF_8));
      Programme multilingual = new ProgrammeGenerator(seed).withFormat11().programme(seed * 3);
      seeds.add(JSON.write(multilingual).getBytes(StandardCharsets.UTF_8));
    }
    seeds.addAll(golden());
    return seeds.stream();
  }

  /** The golden documents of the format's tests, where they are on the class path. */
  static List<byte[]> golden() throws IOException {
    URL root = ReadFuzzTest.class.getResource("/golden");
    if (root == null || !root.getProtocol().equals("file")) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
      List<byte[]> documents = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        documents.add(Files.readAllBytes(file));
      }
      return documents;
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /**
   * Reads bytes whole and as a stream: both agree, and what reads survives a round trip. Where the
   * bytes are not UTF-8 both refuse them, but not always for the same problems: a stream meets a
   * malformed byte only when it gets there.
   */
  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void readsBytes(byte[] input) {
    Outcome bytes = Outcome.of(() -> JSON.read(input));
    Outcome stream = Outcome.of(() -> JSON.read(new ByteArrayInputStream(input)));
    if (utf8(input) != null) {
      assertThat(stream).as("read(InputStream) against read(byte[])").isEqualTo(bytes);
    } else {
      assertThat(bytes.programme()).as("read(byte[]) of bytes that are not UTF-8").isEmpty();
      assertThat(stream.programme()).as("read(InputStream) of bytes that are not UTF-8").isEmpty();
    }
    bytes.programme().ifPresent(p -> roundTrips(p, input));
  }

  /**
   * Reads bytes through a stream that delivers them a few at a time, and the same text as a
   * String and a Reader where the bytes are UTF-8: all must agree on whether it is a programme,
   * and which.
   */
  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void readsStreamsAndText(byte[] input) {
    Outcome whole = Outcome.of(() -> JSON.read(input));
    Outcome trickle = Outcome.of(() -> JSON.read(new Trickle(input)));
    assertThat(trickle.programme()).as("read(trickling stream)").isEqualTo(whole.programme());
    String text = utf8(input);
    if (text != null) {
      Outcome string = Outcome.of(() -> JSON.read(text));
      Outcome reader = Outcome.of(() -> JSON.read(new StringReader(text)));
      assertThat(string.programme()).as("read(String)").isEqualTo(whole.programme());
      assertThat(reader.programme()).as("read(Reader)").isEqualTo(whole.programme());
      if (whole.programme().isEmpty()) {
        // Where the text is refused, it is refused for the same problems, wherever they are.
        assertThat(pointers(string)).as("read(String)").isEqualTo(pointers(whole));
        assertThat(pointers(reader)).as("read(Reader)").isEqualTo(pointers(whole));
      }
    }
    whole.programme().ifPresent(p -> roundTrips(p, input));
  }

  /**
   * Reads bytes through the Jackson module in a plain mapper. The mapper's own parser may refuse
   * them with a Jackson exception before or after the module reads the programme (empty input,
   * content after it), but nothing other than a DocumentException may come out of the module's
   * code; and what ProgrammeJson reads, the module reads too, as the same programme.
   */
  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void readsThroughTheModule(byte[] input) {
    Programme viaModule;
    try {
      viaModule = MAPPER.readValue(input, Programme.class);
    } catch (DocumentException e) {
      viaModule = null;
    } catch (JacksonException e) {
      boolean fromTheModule = Stream.of(e.getStackTrace())
          .map(StackTraceElement::getClassName)
          .anyMatch(name -> name.startsWith("org.coproduce.")
              && !name.startsWith(ReadFuzzTest.class.getPackageName() + "."));
      if (fromTheModule) {
        throw new AssertionError("a Jackson exception escaped the module", e);
      }
      viaModule = null;
    }
    Outcome direct = Outcome.of(() -> JSON.read(input));
    if (direct.programme().isPresent()) {
      assertThat(viaModule).as("the module reads what ProgrammeJson reads")
          .isEqualTo(direct.programmeOrNull());
    }
    if (viaModule != null) {
      String written = MAPPER.writeValueAsString(viaModule);
      assertThat(MAPPER.readValue(written, Programme.class)).as("module round trip")
          .isEqualTo(viaModule);
    }
  }

  private static List<String> pointers(Outcome outcome) {
    return outcome.problems().stream().map(DocumentProblem::pointer).toList();
  }

  /** Writing gives text that reads as the same programme and writes the same again. */
  private static void roundTrips(Programme p, byte[] input) {
    String written = JSON.write(p);
    assertThat(JSON.read(written)).as("read(write(p))").isEqualTo(p);
    assertThat(JSON.write(JSON.read(written))).as("write is stable").isEqualTo(written);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(p, bytes);
    assertThat(utf8(bytes.toByteArray())).as("written bytes are the written text in UTF-8")
        .isEqualTo(written);
    Outcome strict = Outcome.of(() -> STRICT.read(input));
    strict.programme().ifPresent(q -> assertThat(q).as("strict read").isEqualTo(p));
  }

  /** The text of valid UTF-8, or null. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * What a read gave: a programme, or the problems of a {@link DocumentException}, which must be
   * well formed. Anything else thrown is a finding and propagates.
   */
  record Outcome(Programme programmeOrNull, List<DocumentProblem> problems) {
    static Outcome of(Supplier<Programme> read) {
      Programme p;
      try {
        p = read.get();
      } catch (DocumentException e) {
        List<DocumentProblem> problems = e.problems();
        assertThat(problems).isNotEmpty()
            .hasSizeLessThanOrEqualTo(ProgrammeJson.DEFAULT_MAX_PROBLEMS + 1)
            .allSatisfy(problem -> {
              assertThat(problem.pointer()).matches("(/[^/]*)*");
              assertThat(problem.message()).isNotBlank();
            });
        return new Outcome(null, problems);
      }
      return new Outcome(Objects.requireNonNull(p, "read returned null"), List.of());
    }

    Optional<Programme> programme() {
      return Optional.ofNullable(programmeOrNull);
    }
  }

  /** A stream that hands out its bytes 1, 2, 3, 5, 8... at a time, to split every sequence. */
  private static final class Trickle extends InputStream {
    private static final int[] SIZES = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89};
    private final byte[] bytes;
    private int offset;
    private int calls;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return offset < bytes.length ? bytes[offset++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (offset == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, SIZES[calls++ % SIZES.length]), bytes.length - offset);
      System.arraycopy(bytes, offset, buffer, off, n);
      offset += n;
      return n;
    }
  }
}
