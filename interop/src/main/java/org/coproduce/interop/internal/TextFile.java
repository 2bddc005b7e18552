package org.coproduce.interop.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coproduce.interop.Export;

/**
 * Writes a text export to a file, for the exports whose output is one text. Not part of the
 * module's API (the package is not exported).
 */
public final class TextFile {
  private TextFile() {}

  /**
   * Writes the text in UTF-8, replacing the file if it exists.
   *
   * @param text the export
   * @param file where to write
   * @return the path written, with the export's warnings
   * @throws IOException if the file cannot be written
   */
  public static Export<Path> write(Export<String> text, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.writeString(file, text.output(), StandardCharsets.UTF_8);
    return text.withOutput(file);
  }
}
