package org.coproduce.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ArticleProgramme;
import org.coproduce.model.testing.ProgrammeGenerator;

/**
 * One workload: a programme and its document bytes, made once per JVM. Every benchmark of a size
 * reads, writes and asks the same programme and the same bytes; the programme is the one {@code
 * ProgrammeJson} reads from those bytes, as a user's would be.
 */
final class Workload {
  /** The generator's seed; fixed so that every run measures the same documents. */
  static final long SEED = 20181101L;

  /**
   * The size of the reference article's programme; the generated sizes are in {@link
   * #participants(String)}.
   */
  static final String ARTICLE = "article";

  private static final Map<String, Workload> MADE = new ConcurrentHashMap<>();

  final String size;
  final ProgrammeJson json;
  final Programme programme;
  final byte[] bytes;

  private Workload(String size, ProgrammeJson json, Programme programme, byte[] bytes) {
    this.size = size;
    this.json = json;
    this.programme = programme;
    this.bytes = bytes;
  }

  /**
   * The workload of a size: {@code article} (the reference article's programme), {@code 1mb},
   * {@code 4mb}, {@code 40mb} (the large one; {@code 4mb} is a tenth of it, to show growth), and
   * {@code 1m} (a million participants, on demand only).
   */
  static Workload of(String size) {
    return MADE.computeIfAbsent(size.toLowerCase(Locale.ROOT), Workload::make);
  }

  /** The number of participants the generator is asked for at each size. */
  static int participants(String size) {
    switch (size) {
      case "1mb":
        return 2_500;
      case "4mb":
        return 10_000;
      case "40mb":
        return 100_000;
      case "1m":
        return 1_000_000;
      default:
        throw new IllegalArgumentException("unknown size " + size
            + "; known: article, 1mb, 4mb, 40mb, 1m");
    }
  }

  /** The reader and writer for a size: default limits, raised only for the million. */
  static ProgrammeJson json(String size) {
    return size.equals("1m")
        ? ProgrammeJson.builder().maxDocumentBytes(1L << 31).build()
        : ProgrammeJson.create();
  }

  static Programme programme(String size) {
    return size.equals(ARTICLE)
        ? ArticleProgramme.programme()
        : new ProgrammeGenerator(SEED).withFormat11().programme(participants(size));
  }

  private static Workload make(String size) {
    ProgrammeJson json = json(size);
    Path cached = cache(size);
    if (cached != null && Files.isRegularFile(cached)) {
      byte[] bytes = readAll(cached);
      return new Workload(size, json, json.read(bytes), bytes);
    }
    byte[] bytes = bytes(json, programme(size));
    if (cached != null) {
      writeAll(cached, bytes);
    }
    return new Workload(size, json, json.read(bytes), bytes);
  }

  /** The document of a programme. */
  static byte[] bytes(ProgrammeJson json, Programme programme) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    json.write(programme, out);
    return out.toByteArray();
  }

  /**
   * Where a size's document is kept between the forks of one run, so that each fork reads it
   * rather than generating it again: the folder named by the system property {@value
   * #CACHE_PROPERTY} (the runner sets it and empties it at the start of every run), or none.
   */
  private static Path cache(String size) {
    String folder = System.getProperty(CACHE_PROPERTY);
    return folder == null || folder.isEmpty()
        ? null
        : Path.of(folder, size + "-" + SEED + "-1.1.json");
  }

  static final String CACHE_PROPERTY = "coproduce.workloads";

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAll(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
      Files.write(partial, bytes);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
