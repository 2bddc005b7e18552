package org.coproduce.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coproduce.model.Programme;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JacksonModule;

/**
 * Reads and writes programme documents of format 1.1 (and reads every 1.x). Immutable and safe to share between
 * threads; build one and keep it. (Between reads it keeps, emptied, the working tables of one
 * read of a small document, so that the next read need not make them again: some kilobytes,
 * holding nothing of the document read.)
 *
 * <pre>{@code
 * ProgrammeJson json = ProgrammeJson.create();                  // tolerant, safe default limits
 * ProgrammeJson strict = ProgrammeJson.builder().strict(true).build();
 * Programme p = json.read(inputStream);
 * String text = json.write(p);
 * ProgrammeJson.builder().pretty(true).build().write(p, Path.of("programme.json"));
 * }</pre>
 *
 * <p>Reading checks every rule of the format and of the model and refuses a document with a
 * {@link DocumentException} that lists every problem found, each at its JSON Pointer. Nothing else
 * escapes a read, except a failure of the caller's own stream or file, as an {@link
 * UncheckedIOException}. A tolerant reader (the default) keeps the members it does not know, in
 * every object, and the writer writes them back; a strict reader refuses them.
 *
 * <p>Limits protect against hostile input; exceeding one refuses the document at {@code ""}. The
 * defaults are: documents of {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (64 MiB), nesting depth
 * {@value #DEFAULT_MAX_NESTING_DEPTH}, strings of {@value #DEFAULT_MAX_STRING_LENGTH} characters
 * (1 MiB), numbers of {@value #DEFAULT_MAX_NUMBER_LENGTH} characters, {@value
 * #DEFAULT_MAX_OBJECT_MEMBERS} members in one object, and the first {@value
 * #DEFAULT_MAX_PROBLEMS} problems reported.
 */
public final class ProgrammeJson {
  /** The default limit of a document's size, in bytes (characters for text input): 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
  /** The default limit of nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
  /** The default limit of one string's length (and of a member name's), in characters: 1 MiB. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** The default limit of one number's length, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 128;
  /** The default limit of members in one object. */
  public static final int DEFAULT_MAX_OBJECT_MEMBERS = 10_000;
  /** The default number of problems listed in a {@link DocumentException}. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The {@code $id} of the JSON Schema of format 1.1 that {@link #schema()} returns. */
  public static final String SCHEMA_ID = "https://coproduce.org/schemas/programme-1.1.schema.json";

  /** Where the JSON Schema of format 1.1 lies in this module's jar. */
  static final String SCHEMA_RESOURCE = "programme-1.1.schema.json";

  /** Where the strict JSON Schema of format 1.1 lies in this module's jar. */
  static final String STRICT_SCHEMA_RESOURCE = "programme-1.1.strict.schema.json";

  private static final ProgrammeJson DEFAULT = builder().build();

  private final boolean strict;
  private final boolean pretty;
  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxObjectMembers;
  private final int maxProblems;
  private final JsonFactory factory;
  private final DocumentRead reads;
  private final DocumentOutput output;

  private ProgrammeJson(Builder b) {
    strict = b.strict;
    pretty = b.pretty;
    maxDocumentBytes = b.maxDocumentBytes;
    maxNestingDepth = b.maxNestingDepth;
    maxStringLength = b.maxStringLength;
    maxNumberLength = b.maxNumberLength;
    maxObjectMembers = b.maxObjectMembers;
    maxProblems = b.maxProblems;
    factory = TokenFactory.of(maxDocumentBytes, maxNestingDepth, maxStringLength,
        maxNumberLength);
    reads = new DocumentRead(factory, strict, new DocumentRead.Limits(maxDocumentBytes,
        maxNestingDepth, maxStringLength, maxNumberLength, maxObjectMembers, maxProblems));
    output = new DocumentOutput(factory, pretty);
  }

  /**
   * A tolerant reader and writer with the default limits.
   *
   * @return the shared default instance
   */
  public static ProgrammeJson create() {
    return DEFAULT;
  }

  /**
   * A builder to choose strictness and limits.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Jackson 3 module that reads and writes the model's types ({@code Programme}, {@code
   * Conference}, {@code Participant}, {@code Organisation}, {@code PartialDate}...) in format 1.1
   * inside applications' own documents, with the same rules and errors (a {@link
   * DocumentException} whose pointers lead from the application's root): register it with {@code
   * JsonMapper.builder().addModule(ProgrammeJson.module())}. Reading there is tolerant with the
   * default limits of the mapper's parser; references between objects are checked only within a
   * whole {@code Programme}. A mapper with {@code DeserializationFeature.WRAP_EXCEPTIONS} enabled
   * (Jackson's default) wraps the {@link DocumentException} as the cause of a {@code
   * DatabindException}; disable that feature to receive it directly.
   *
   * @return the module
   */
  public static JacksonModule module() {
    return new ProgrammeModule(DEFAULT.factory, DEFAULT.maxObjectMembers, DEFAULT.maxProblems);
  }

  /**
   * The JSON Schema (draft 2020-12) of format 1.1, for services in other languages: it describes
   * what a tolerant reader accepts and lists in its {@code description} the rules a schema cannot
   * express.
   *
   * @return the schema's text
   */
  public static String schema() {
    return JarResource.text(SCHEMA_RESOURCE);
  }

  /**
   * The strict JSON Schema (draft 2020-12) of format 1.1: no member the format does not define
   * ({@code x-} names included) and no {@code null}; what a {@linkplain Builder#strict(boolean)
   * strict} reader accepts and what the writer writes.
   *
   * @return the schema's text
   */
  public static String strictSchema() {
    return JarResource.text(STRICT_SCHEMA_RESOURCE);
  }

  /**
   * Whether this reader refuses unknown members.
   *
   * @return true if strict
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Whether this writer indents its output.
   *
   * @return true if pretty
   */
  public boolean pretty() {
    return pretty;
  }

  // ---- Reading --------------------------------------------------------------------------------

  /**
   * Reads a document from a stream of UTF-8 bytes. The stream is read to the end of the document
   * and is not closed.
   *
   * @param in the bytes
   * @return the valid programme
   * @throws DocumentException if the document is not a valid programme document
   * @throws UncheckedIOException if the stream fails
   */
  public Programme read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return reads.read(() -> factory.createParser(ObjectReadContext.empty(), new HeadGuard(in)));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param bytes the document
   * @return the valid programme
   * @throws DocumentException if the document is not a valid programme document
   */
  public Programme read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    // Jackson checks the length only as it loads more input, never for input given whole.
    if (bytes.length > maxDocumentBytes) {
      throw DocumentRead.refused(reads.tooLong());
    }
    try {
      HeadGuard.check(bytes);
    } catch (HeadGuard.Malformed e) {
      throw DocumentRead.refused(e.getMessage());
    }
    return reads.read(() -> factory.createParser(ObjectReadContext.empty(), bytes));
  }

  /**
   * Reads a document from text. A leading byte-order mark (U+FEFF) is refused.
   *
   * @param text the document
   * @return the valid programme
   * @throws DocumentException if the document is not a valid programme document
   */
  public Programme read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.startsWith("\uFEFF")) {
      throw DocumentRead.refused(HeadGuard.BYTE_ORDER_MARK);
    }
    if (text.length() > maxDocumentBytes) {
      throw DocumentRead.refused(reads.tooLong());
    }
    return reads.read(() -> factory.createParser(ObjectReadContext.empty(), text));
  }

  /**
   * Reads a document from characters. A leading byte-order mark (U+FEFF) is refused. The reader
   * is not closed.
   *
   * @param reader the document
   * @return the valid programme
   * @throws DocumentException if the document is not a valid programme document
   * @throws UncheckedIOException if the reader fails
   */
  public Programme read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return reads.read(() -> factory.createParser(ObjectReadContext.empty(), new BomGuard(reader)));
  }

  /**
   * Reads a document from a file of UTF-8 bytes.
   *
   * @param file the file
   * @return the valid programme
   * @throws DocumentException if the document is not a valid programme document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Programme read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- Writing --------------------------------------------------------------------------------

  /**
   * Writes a programme as canonical JSON text, compact unless this writer is {@linkplain
   * Builder#pretty(boolean) pretty}.
   *
   * @param programme the programme
   * @return the document
   * @throws IllegalArgumentException if the extensions hold what cannot be written: a value not
   *     read from JSON, a name that is not valid Unicode, a format version other than 1.x
   */
  public String write(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    StringWriter out = new StringWriter();
    write(programme, out);
    return out.toString();
  }

  /**
   * Writes a programme as UTF-8 bytes, streaming. The stream is flushed, not closed. If this
   * throws, what the stream received may be only the start of the document.
   *
   * @param programme the programme
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if the extensions hold what cannot be written: a value not
   *     read from JSON, a name that is not valid Unicode, a format version other than 1.x
   */
  public void write(Programme programme, OutputStream out) {
    Objects.requireNonNull(programme, "programme");
    output.write(programme, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a programme as characters, streaming. The writer is flushed, not closed.
   *
   * @param programme the programme
   * @param out where to write
   * @throws UncheckedIOException if the writer fails
   * @throws IllegalArgumentException if the extensions hold what cannot be written: a value not
   *     read from JSON, a name that is not valid Unicode, a format version other than 1.x
   */
  public void write(Programme programme, Writer out) {
    Objects.requireNonNull(programme, "programme");
    output.write(programme, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a programme to a file as UTF-8 bytes, completely or not at all: the document goes to
   * a temporary file in the same directory, which then replaces the file (atomically where the
   * file system can). Whatever fails, the file is left as it was and the temporary file is
   * deleted.
   *
   * @param programme the programme
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   * @throws IllegalArgumentException if the extensions hold what cannot be written: a value not
   *     read from JSON, a name that is not valid Unicode, a format version other than 1.x
   */
  public void write(Programme programme, Path file) {
    Objects.requireNonNull(programme, "programme");
    output.write(programme, Objects.requireNonNull(file, "file"));
  }

  /**
   * Chooses strictness and limits of a {@link ProgrammeJson}. Every limit must be positive; the
   * defaults are at least those that format 1.0 asks every reader to accept.
   */
  public static final class Builder {
    private boolean strict;
    private boolean pretty;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxObjectMembers = DEFAULT_MAX_OBJECT_MEMBERS;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /**
     * Whether to refuse unknown members ({@code x-} names included) instead of keeping them.
     *
     * @param strict true to refuse them; false (the default) to keep them
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Whether to write indented output: two spaces a level, one member or element a line, in the
     * same canonical order as compact output, unknown members' numbers keeping their text.
     * Reading is not affected.
     *
     * @param pretty true to indent; false (the default) for compact output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The largest document accepted, in bytes (characters when reading text).
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
      return this;
    }

    /**
     * The deepest nesting of objects and arrays accepted.
     *
     * @param depth the limit
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * The longest string or member name accepted, in characters.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive(length, "maxStringLength");
      return this;
    }

    /**
     * The longest number accepted, in characters.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive(length, "maxNumberLength");
      return this;
    }

    /**
     * The most members accepted in one object.
     *
     * @param members the limit
     * @return this builder
     */
    public Builder maxObjectMembers(int members) {
      this.maxObjectMembers = (int) positive(members, "maxObjectMembers");
      return this;
    }

    /**
     * How many problems a {@link DocumentException} lists at most (a last one says when more were
     * found).
     *
     * @param problems the limit
     * @return this builder
     */
    public Builder maxProblems(int problems) {
      this.maxProblems = (int) positive(problems, "maxProblems");
      return this;
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, not " + value);
      }
      return value;
    }

    /**
     * Builds the immutable reader and writer.
     *
     * @return the instance
     */
    public ProgrammeJson build() {
      return new ProgrammeJson(this);
    }
  }
}
