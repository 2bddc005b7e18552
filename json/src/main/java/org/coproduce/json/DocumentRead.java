package org.coproduce.json;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.coproduce.model.Programme;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a whole document with the settings of a {@link ProgrammeJson}: the root, what follows it,
 * and every way the text can fail, each turned into the problems of a {@link DocumentException}.
 */
final class DocumentRead {
  private static final Logger LOG = LoggerFactory.getLogger(ProgrammeJson.class);

  private final JsonFactory factory;
  private final boolean strict;
  private final Limits limits;
  /**
   * A reader that a read of a small document left for the next one, emptied: small documents
   * are read often, and making a reader (its tables, builders and lists) is a good part of their
   * cost. Taken by one read at a time; a read that finds none makes its own.
   */
  private final AtomicReference<@Nullable DocumentReader> spare = new AtomicReference<>();
  /**
   * Reads of documents up to this size leave their reader for the next: what a reader keeps
   * grows with the largest document it read, and a large read makes little of its reader.
   */
  private static final long SPARE_UP_TO = 64 * 1024;

  /** The limits a reader was built with, for reading and for their messages. */
  record Limits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength,
      int maxNumberLength, int maxObjectMembers, int maxProblems) {}

  DocumentRead(JsonFactory factory, boolean strict, Limits limits) {
    this.factory = factory;
    this.strict = strict;
    this.limits = limits;
  }

  Programme read(Supplier<JsonParser> source) {
    long started = System.nanoTime();
    DocumentReader reader;
    Programme programme = null;
    boolean small;
    try (JsonParser parser = source.get()) {
      DocumentReader left = spare.getAndSet(null);
      reader = left != null ? left.begin(parser) : new DocumentReader(parser, factory, strict,
          limits.maxObjectMembers(), limits.maxProblems());
      try {
        programme = readRoot(parser, reader);
      } catch (ProblemLog.Enough e) {
        // The problems found are all that will be listed.
      } catch (ValueCopier.LimitExceeded e) {
        reader.log.text(e.getMessage());
      } catch (StreamConstraintsException e) {
        // Jackson's exception has no location; the parser knows where reading stopped.
        reader.log.text(JacksonErrors.limitMessage(e, parser));
      } catch (StreamReadException e) {
        reader.log.text(JacksonErrors.syntaxMessage(e));
      } catch (JacksonIOException e) {
        if (e.getCause() instanceof HeadGuard.Malformed) {
          reader.log.text(e.getCause().getMessage());
        } else if (e.getCause() != null) {
          throw new UncheckedIOException(e.getCause());
        } else {
          reader.log.text("the document could not be read: " + e.getOriginalMessage());
        }
      } catch (JacksonException e) {
        reader.log.text("malformed JSON: " + e.getOriginalMessage());
      }
      small = isSmall(parser.currentLocation());
    } catch (JacksonIOException e) {
      throw e.getCause() instanceof HeadGuard.Malformed
          ? refused(e.getCause().getMessage())
          : new UncheckedIOException(e.getCause());
    }
    if (reader.hasProblems() || programme == null) {
      List<DocumentProblem> problems = reader.log.problems("", Declaration.PROGRAMME);
      if (problems.isEmpty()) {
        problems = List.of(new DocumentProblem("", "the document is not a programme"));
      }
      LOG.debug("refused a programme document with {} problems; the first: {}",
          problems.size(), problems.get(0));
      leave(reader, small);
      throw new DocumentException(problems);
    }
    leave(reader, small);
    if (LOG.isDebugEnabled()) {
      LOG.debug("read programme {}: {} participants, {} conferences in {} ms", programme.id(),
          programme.participants().size(), programme.conferences().size(),
          (System.nanoTime() - started) / 1_000_000);
    }
    return programme;
  }

  /** Whether a read that stopped here read little enough to leave its reader for the next. */
  private static boolean isSmall(TokenStreamLocation at) {
    long read = Math.max(at.getByteOffset(), at.getCharOffset());
    return read >= 0 && read <= SPARE_UP_TO;
  }

  private void leave(DocumentReader reader, boolean small) {
    if (small) {
      reader.release();
      spare.set(reader);
    }
  }

  private static @Nullable Programme readRoot(JsonParser parser, DocumentReader reader) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      reader.log.text("the document is empty: expected a programme object");
      return null;
    }
    Programme programme = null;
    if (token == JsonToken.START_OBJECT) {
      programme = reader.programme();
    } else {
      reader.skipValue();
    }
    JsonToken after = parser.nextToken();
    if (after != null) {
      reader.log.text("only white space may follow the programme, but "
          + JacksonErrors.describe(after) + " follows at "
          + JacksonErrors.location(parser.currentTokenLocation()));
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      reader.log.text(
          "the document must be a programme object, not " + JacksonErrors.describe(token));
    }
    return reader.unsupportedVersion() ? null : programme;
  }

  String tooLong() {
    return "limit exceeded: the document is longer than " + limits.maxDocumentBytes()
        + " bytes (maxDocumentBytes)";
  }

  static DocumentException refused(String message) {
    return new DocumentException(List.of(new DocumentProblem("", message)));
  }
}
