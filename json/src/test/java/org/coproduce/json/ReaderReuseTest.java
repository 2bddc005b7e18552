package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;

/**
 * A {@link ProgrammeJson} keeps the reader of a small document for its next read. Whatever the
 * reads before it (valid, refused, stopped by a limit or by the problem cap, cut short by
 * malformed text), a read gives exactly what a new {@code ProgrammeJson} gives, on one thread or
 * many; and the reader kept holds nothing of the document it read.
 */
class ReaderReuseTest {
  /** Settings that stop some reads early: a low problem cap and a low member limit. */
  private static final Supplier<ProgrammeJson.Builder> TIGHT =
      () -> ProgrammeJson.builder().maxProblems(3).maxObjectMembers(40);

  @Test
  void aReadGivesWhatANewReaderGivesWhateverWasReadBefore() throws IOException {
    List<byte[]> documents = documents();
    for (long seed = 1; seed <= 3; seed++) {
      List<byte[]> order = new ArrayList<>(documents);
      Collections.shuffle(order, new Random(seed));
      for (Supplier<ProgrammeJson.Builder> settings : List.of(ProgrammeJson::builder, TIGHT)) {
        ProgrammeJson reused = settings.get().build();
        for (byte[] document : order) {
          assertThat(outcome(reused, document))
              .as("seed %d: %s", seed, new String(document, StandardCharsets.UTF_8))
              .isEqualTo(outcome(settings.get().build(), document));
        }
      }
    }
  }

  @Test
  void readsOnManyThreadsAtOnceEachGiveWhatANewReaderGives() throws Exception {
    List<byte[]> documents = documents();
    List<Object> expected = new ArrayList<>();
    for (byte[] document : documents) {
      expected.add(outcome(ProgrammeJson.create(), document));
    }
    ProgrammeJson shared = ProgrammeJson.create();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        results.add(threads.submit(() -> {
          Random random = new Random(seed);
          List<Integer> wrong = new ArrayList<>();
          for (int i = 0; i < 2_000; i++) {
            int d = random.nextInt(documents.size());
            if (!outcome(shared, documents.get(d)).equals(expected.get(d))) {
              wrong.add(d);
            }
          }
          return wrong;
        }));
      }
      for (Future<List<Integer>> result : results) {
        assertThat(result.get()).as("documents read wrong").isEmpty();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theReaderKeptForTheNextReadHoldsNothingOfTheDocument() throws InterruptedException {
    ProgrammeJson json = ProgrammeJson.create();
    Programme programme = new ProgrammeGenerator(7).withFormat11().programme(6);
    byte[] document = json.write(programme).getBytes(StandardCharsets.UTF_8);
    List<WeakReference<Object>> read = new ArrayList<>();
    Programme again = json.read(document);
    read.add(new WeakReference<>(again));
    read.add(new WeakReference<>(again.id()));
    read.add(new WeakReference<>(again.participants().get(0)));
    read.add(new WeakReference<>(again.participants().get(0).id()));
    again = null;
    for (int i = 0; i < 50 && read.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(read).allSatisfy(r -> assertThat(r.get()).isNull());
    // And the reader kept still reads.
    assertThat(json.read(document)).isEqualTo(programme);
  }

  /** The programme read, or the problems of the refusal as text. */
  private static Object outcome(ProgrammeJson json, byte[] document) {
    try {
      return json.read(document);
    } catch (DocumentException e) {
      return e.problems().toString();
    }
  }

  /**
   * Every golden document, valid or not; generated programmes with translations; each cut short
   * (malformed text) and with too many members for the tight settings.
   */
  private static List<byte[]> documents() throws IOException {
    List<byte[]> documents = new ArrayList<>();
    for (String folder : List.of("valid", "invalid")) {
      for (String name : (Iterable<String>) (folder.equals("valid")
          ? SchemaTest.validDocuments() : SchemaTest.invalidDocuments())::iterator) {
        documents.add(Files.readAllBytes(SchemaTest.golden().resolve(folder + "/" + name
            + ".json")));
      }
    }
    ProgrammeJson json = ProgrammeJson.create();
    for (long seed = 1; seed <= 20; seed++) {
      String written = json.write(new ProgrammeGenerator(seed).withFormat11()
          .programme(1 + (int) seed % 9));
      documents.add(written.getBytes(StandardCharsets.UTF_8));
      documents.add(written.substring(0, written.length() * 2 / 3)
          .getBytes(StandardCharsets.UTF_8));
    }
    return documents;
  }
}
