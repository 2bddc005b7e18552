package org.coproduce.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** {@code coproduce format}: a document in its canonical form, compact or indented. */
@Command(name = "format", sortOptions = false,
    description = {"Write a document in its canonical form: known members in the format's order,"
        + " null and [] left out, unknown members kept. Compact unless --pretty."},
    footer = {"", "Exit status: 0 written; 1 the document was refused; 2 a file could not be read"
        + " or written, or the arguments are wrong."})
final class FormatCommand implements Callable<Integer> {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Coproduce root;

  @Option(names = "--pretty", description = "Indent by two spaces, one member per line.")
  private boolean pretty;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file to write; the standard output without it.")
  private @Nullable String output;

  @Parameters(paramLabel = "FILE", description = "The document; - is the standard input.")
  private String file = Inputs.STDIN;

  @Override
  public Integer call() {
    ProgrammeJson json = ProgrammeJson.create();
    Programme programme = Inputs.read(file, json, spec.commandLine().getErr());
    root.outputs().write(output == null ? null : Outputs.path(output), out -> {
      if (pretty) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        json.write(programme, canonical);
        indent(canonical.toByteArray(), out);
      } else {
        json.write(programme, out);
      }
      out.write("\n".getBytes(StandardCharsets.UTF_8));
    });
    return Coproduce.OK;
  }

  /** The same JSON, token for token (numbers exactly as written), indented. */
  private static void indent(byte[] canonical, OutputStream out) {
    try (JsonParser parser = MAPPER.createParser(canonical);
        JsonGenerator generator = PRETTY.createGenerator(out)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case PROPERTY_NAME -> generator.writeName(parser.currentName());
          case VALUE_STRING -> generator.writeString(parser.getString());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getString());
          case VALUE_TRUE, VALUE_FALSE -> generator.writeBoolean(token == JsonToken.VALUE_TRUE);
          case VALUE_NULL -> generator.writeNull();
          default -> throw new IllegalStateException("unexpected token " + token);
        }
      }
    }
  }
}
