package org.coproduce.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.coproduce.model.Programme;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Where a document goes: compact or indented by two spaces, to a stream, a writer or a file that
 * is written completely or not at all. Compact bytes are written by the module's own {@link
 * Utf8Emitter}; indented text and characters by Jackson's generator, through {@link
 * JacksonEmitter}. Both write the same document.
 */
final class DocumentOutput {
  /** How many bytes the compact writer sends to a stream at once. */
  private static final int CHUNK = 32 * 1024;

  private final JsonFactory factory;
  private final boolean pretty;
  private final ObjectWriteContext context;
  /** The compact writer's buffer, kept between writes; taken by one write at a time. */
  private final AtomicReference<byte @Nullable []> spare = new AtomicReference<>();

  DocumentOutput(JsonFactory factory, boolean pretty) {
    this.factory = factory;
    this.pretty = pretty;
    this.context = pretty ? new Indented() : ObjectWriteContext.empty();
  }

  /**
   * Writes UTF-8 bytes: compact through the module's own {@link Utf8Emitter}, indented through
   * Jackson's generator.
   */
  void write(Programme programme, OutputStream out) {
    if (pretty) {
      write(programme, f -> f.createGenerator(context, out, JsonEncoding.UTF8));
      return;
    }
    byte[] buffer = spare.getAndSet(null);
    Utf8Emitter emitter = new Utf8Emitter(out, buffer != null ? buffer : new byte[CHUNK]);
    new DocumentWriter(emitter).programme(programme);
    emitter.finish();
    spare.set(emitter.buffer());
  }

  void write(Programme programme, Writer out) {
    write(programme, f -> f.createGenerator(context, out));
  }

  /**
   * Writes to a temporary file beside the target, then moves it into place (atomically where the
   * file system can); the temporary file is deleted whatever fails.
   */
  void write(Programme programme, Path file) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        write(programme, out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The write's own failure is the one to report; the temporary file is hidden.
        }
      }
    }
  }

  private void write(Programme programme, Function<JsonFactory, JsonGenerator> open) {
    try (JsonGenerator g = open.apply(factory)) {
      // Only this module's own generator to bytes writes ids as they are.
      new DocumentWriter(new JacksonEmitter(g, g instanceof UTF8JsonGenerator))
          .programme(programme);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause() != null
          ? e.getCause() : new IOException(e.getOriginalMessage()));
    }
  }

  /** Two spaces a level, one member or element a line, {@code "name": value}, LF. */
  private static final class Indented extends ObjectWriteContext.Base {
    private static final DefaultPrettyPrinter PROTOTYPE = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PROTOTYPE.createInstance(); // a pretty printer keeps the depth: one per document
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
