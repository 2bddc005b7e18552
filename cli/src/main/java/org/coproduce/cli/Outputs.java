package org.coproduce.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Where a command's result goes: the standard output, or a file or folder that appears complete
 * or not at all. A file is written to a new file beside it and moved into place; a folder is
 * built beside it and moved into place. A device such as {@code /dev/stdout} is written directly.
 */
final class Outputs {
  /** What writes a result to a stream. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** What writes a result as files into an empty folder. */
  interface FolderBody {
    void writeInto(Path folder) throws IOException;
  }

  private final OutputStream stdout;
  private final PrintWriter out;

  /** The standard output, and the text writer over it (flushed before bytes go to the stream). */
  Outputs(OutputStream stdout, PrintWriter out) {
    this.stdout = stdout;
    this.out = out;
  }

  /** The name an output option gave, as a path. */
  static Path path(String name) {
    try {
      return Paths.get(name);
    } catch (InvalidPathException e) {
      throw new Trouble(name + ": not a file name: " + e.getReason());
    }
  }

  /** Writes to the file, or to the standard output when there is none. */
  void write(@Nullable Path target, Body body) {
    if (target == null) {
      out.flush();
      try {
        body.writeTo(new KeptOpen(stdout));
        stdout.flush();
      } catch (IOException | UncheckedIOException | JacksonIOException e) {
        throw new Trouble("cannot write to the standard output: " + reason(e), e);
      }
      return;
    }
    if (Files.isDirectory(target)) {
      throw new Trouble(target + ": is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A device or a pipe cannot be replaced, only written.
      try (OutputStream device = Files.newOutputStream(target)) {
        body.writeTo(device);
      } catch (IOException | UncheckedIOException | JacksonIOException e) {
        throw new Trouble(target + ": cannot write: " + reason(e), e);
      }
      return;
    }
    Path temp = sibling(target, ".tmp");
    boolean moved = false;
    try {
      try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.writeTo(file);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } catch (IOException | UncheckedIOException | JacksonIOException e) {
      throw new Trouble(target + ": cannot write: " + reason(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  /**
   * Writes the files into a new folder and puts it in the place of the target folder. An existing
   * target may hold only files of the names written (an earlier result), which it loses; a target
   * that holds anything else is left alone and refused, so that no file of the user's is lost.
   */
  void writeFolder(Path target, FolderBody body) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new Trouble(target + ": exists and is not a folder");
    }
    Path temp = sibling(target, ".tmp");
    boolean moved = false;
    try {
      Files.createDirectory(temp);
      body.writeInto(temp);
      if (Files.exists(target)) {
        Set<Path> written = names(temp);
        for (Path name : names(target)) {
          if (!written.contains(name)) {
            throw new Trouble(target + ": holds " + name + ", which this command did not write:"
                + " name a new or empty folder");
          }
        }
        Path old = sibling(target, ".old");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
        deleteQuietly(old);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
      }
    } catch (IOException | UncheckedIOException | JacksonIOException e) {
      throw new Trouble(target + ": cannot write: " + reason(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  private static Set<Path> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(Path::getFileName).collect(Collectors.toSet());
    }
  }

  /** A short reason for a failed read or write, such as "No space left on device". */
  static String reason(Exception failure) {
    Throwable cause = failure instanceof UncheckedIOException || failure instanceof JacksonIOException
        ? failure.getCause() : failure;
    if (!(cause instanceof IOException e)) {
      return failure.getMessage() != null ? failure.getMessage()
          : failure.getClass().getSimpleName();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** A hidden name beside the target that no other run picks. */
  private static Path sibling(Path target, String suffix) {
    Path absolute = target.toAbsolutePath();
    Path name = absolute.getFileName();
    Path parent = absolute.getParent();
    if (name == null || parent == null) {
      throw new Trouble(target + ": not a file name");
    }
    return parent.resolve("." + name + "." + Long.toHexString(
        ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + suffix);
  }

  /** The standard output, left open when a result is done with it. */
  private static final class KeptOpen extends FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static void deleteQuietly(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      tree.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Left behind, hidden; the command's failure is what the user needs to hear of.
        }
      });
    } catch (IOException e) {
      // As above.
    }
  }
}
