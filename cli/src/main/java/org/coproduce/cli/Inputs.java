package org.coproduce.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Function;
import org.coproduce.json.DocumentException;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;

/** Opens the files a command reads ({@code -} is the standard input) and reads documents. */
final class Inputs {
  /** Documents over this many bytes show their progress, on a terminal. */
  static final long PROGRESS_BYTES = 50L * 1000 * 1000;

  /** The name of the standard input on the command line. */
  static final String STDIN = "-";

  private Inputs() {}

  /**
   * Opens a file, or the standard input for {@code -}, with progress on the error stream when the
   * file is large and the command runs on a terminal.
   *
   * @throws Trouble if the file is missing, a folder or not readable
   */
  static InputStream open(String file, PrintWriter err) {
    if (file.equals(STDIN)) {
      return new UnclosedInput(System.in);
    }
    Path path;
    try {
      path = Paths.get(file);
    } catch (InvalidPathException e) {
      throw new Trouble(file + ": not a file name: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      throw new Trouble(file + ": is a directory");
    }
    try {
      InputStream in = Files.newInputStream(path);
      long size = Files.size(path);
      return size > PROGRESS_BYTES && System.console() != null
          ? new Progress(in, size, "reading " + file, err) : in;
    } catch (NoSuchFileException e) {
      throw new Trouble(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Trouble(file + ": permission denied");
    } catch (IOException e) {
      throw new Trouble(file + ": cannot read: " + Outputs.reason(e), e);
    }
  }

  /**
   * Reads a document; a refused one has its problems printed on the error stream.
   *
   * @throws Refused if the document is refused
   * @throws Trouble if the file cannot be read
   */
  static Programme read(String file, ProgrammeJson json, PrintWriter err) {
    return read(file, err, json::read);
  }

  /**
   * Reads a file with the given reader; a refused file has its problems printed on the error
   * stream.
   *
   * @throws Refused if the reader refuses the file
   * @throws Trouble if the file cannot be read
   */
  static <T> T read(String file, PrintWriter err, Function<InputStream, T> reader) {
    try (InputStream in = open(file, err)) {
      return reader.apply(in);
    } catch (DocumentException e) {
      Problems.text(err, file, e.problems());
      throw new Refused(file, e);
    } catch (UncheckedIOException e) {
      throw new Trouble(file + ": cannot read: " + Outputs.reason(e.getCause()), e);
    } catch (IOException e) {
      throw new Trouble(file + ": cannot close: " + Outputs.reason(e), e);
    }
  }

  /** The standard input, left open when a command is done with it. */
  private static final class UnclosedInput extends java.io.FilterInputStream {
    UnclosedInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The standard input belongs to the process.
    }
  }
}
