package org.coproduce.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a file shipped in this module's jar, beside {@link ProgrammeJson}. */
final class JarResource {
  private JarResource() {}

  static String text(String name) {
    try (InputStream in = ProgrammeJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the coproduce-json jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
