package org.coproduce.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compact documents written as bytes (by the module's own UTF-8 writer) are, byte for byte, the
 * documents written as characters (through Jackson's generator), whatever the text holds.
 */
class CompactBytesTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = TokenFactory.of(1L << 40, 100, 1 << 30, 1000);

  @TempDir
  Path dir;

  @Test
  void bytesAreTheCharactersInUtf8ForGeneratedProgrammes() {
    for (long seed = 1; seed <= 400; seed++) {
      ProgrammeGenerator generator = new ProgrammeGenerator(seed);
      Programme p = (seed % 2 == 0 ? generator.withFormat11() : generator)
          .programme((int) (seed % 50));
      assertSameDocument(p, "seed " + seed);
    }
  }

  @Test
  void bytesAreTheCharactersInUtf8ForHostileTextAndUnknownMembers() {
    for (long seed = 1; seed <= 150; seed++) {
      Random random = new Random(seed);
      Programme p = new ProgrammeGenerator(seed).withFormat11().programme(1 + random.nextInt(15));
      ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(p));
      // Long text, so that it is written in pieces, and unknown members, copied as JSON text.
      tree.put("summary", text(random, 1 + random.nextInt(random.nextBoolean() ? 40 : 30_000)));
      tree.set(name(random), value(random, 0));
      if (tree.get("organisations") instanceof ArrayNode organisations) {
        ObjectNode first = (ObjectNode) organisations.get(0);
        first.put("name", text(random, 1 + random.nextInt(200)));
        first.set(name(random), value(random, 0));
      }
      Programme hostile = JSON.read(MAPPER.writeValueAsString(tree));
      String written = assertSameDocument(hostile, "seed " + seed);
      assertThat(JSON.read(written)).as("seed %d", seed).isEqualTo(hostile);
    }
  }

  @Test
  void everyStringIsEscapedAsJacksonDoes() throws IOException {
    Random random = new Random(11);
    List<String> texts = new ArrayList<>();
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x800; c++) {
      every.append(c);
    }
    texts.add(every.toString());
    texts.add("");
    texts.add("\ud83d\ude00".repeat(20_000)); // pairs across every boundary of the pieces
    for (int i = 0; i < 300; i++) {
      texts.add(text(random, random.nextInt(i % 10 == 0 ? 70_000 : 100)));
    }
    for (String text : texts) {
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      Utf8Emitter emitter = new Utf8Emitter(ours, new byte[100]);
      emitter.startArray();
      emitter.string(text);
      emitter.startObject();
      emitter.name(text);
      emitter.number(1);
      emitter.endObject();
      emitter.endArray();
      emitter.finish();
      ByteArrayOutputStream jackson = new ByteArrayOutputStream();
      try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), jackson,
          JsonEncoding.UTF8)) {
        g.writeStartArray();
        g.writeString(text);
        g.writeStartObject();
        g.writeName(text);
        g.writeNumber(1);
        g.writeEndObject();
        g.writeEndArray();
      }
      assertThat(ours.toByteArray()).as("text of %d characters", text.length())
          .isEqualTo(jackson.toByteArray());
    }
  }

  @Test
  void sharedWritersGiveEachThreadItsOwnDocument() throws Exception {
    List<Programme> programmes = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (long seed = 1; seed <= 8; seed++) {
      Programme p = new ProgrammeGenerator(seed).withFormat11().programme(30);
      programmes.add(p);
      expected.add(JSON.write(p));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 32; task++) {
        int i = task % programmes.size();
        results.add(threads.submit(() -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          JSON.write(programmes.get(i), out);
          return out.toString(UTF_8).equals(expected.get(i));
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aFailingStreamIsAnUncheckedIoExceptionWithTheStreamsOwn() {
    IOException failure = new IOException("disk full");
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw failure;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw failure;
      }
    };
    Programme p = new ProgrammeGenerator(4).withFormat11().programme(40);
    for (ProgrammeJson json : List.of(JSON, ProgrammeJson.builder().pretty(true).build())) {
      assertThatThrownBy(() -> json.write(p, broken))
          .isInstanceOf(UncheckedIOException.class).hasCause(failure);
    }
  }

  /** Writes the programme as characters, to a stream and to a file: the same document. */
  private String assertSameDocument(Programme p, String what) {
    StringWriter chars = new StringWriter();
    JSON.write(p, chars);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(p, bytes);
    assertThat(bytes.toByteArray()).as(what).isEqualTo(chars.toString().getBytes(UTF_8));
    Path file = dir.resolve("programme.json");
    JSON.write(p, file);
    try {
      assertThat(Files.readAllBytes(file)).as(what).isEqualTo(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars.toString();
  }

  /**
   * Text of quotes, backslashes, slashes, every control character, DEL, Latin-1, the rest of the
   * basic plane but surrogates, and surrogate pairs; never blank.
   */
  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder("t");
    while (text.length() < length) {
      switch (random.nextInt(8)) {
        case 0 -> text.append((char) random.nextInt(0x20));
        case 1 -> text.append("\"\\/\u007f".charAt(random.nextInt(4)));
        case 2 -> text.append((char) (0x80 + random.nextInt(0x780)));
        case 3 -> text.append((char) (0x800 + random.nextInt(0xd800 - 0x800)));
        case 4 -> text.append((char) (0xe000 + random.nextInt(0x10000 - 0xe000)));
        case 5 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
        default -> text.append((char) (0x20 + random.nextInt(0x60)));
      }
    }
    return text.toString();
  }

  private static String name(Random random) {
    return "x-" + text(random, random.nextInt(12));
  }

  private static JsonNode value(Random random, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (random.nextInt(depth > 2 ? 5 : 7)) {
      case 0 -> f.nullNode();
      case 1 -> f.booleanNode(random.nextBoolean());
      case 2 -> f.numberNode(random.nextLong());
      case 3 -> f.stringNode(text(random, random.nextInt(random.nextBoolean() ? 20 : 9_000)));
      case 4 -> f.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
      case 5 -> {
        ArrayNode array = f.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(value(random, depth + 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = f.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(text(random, random.nextInt(8)), value(random, depth + 1));
        }
        yield object;
      }
    };
  }
}
