package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's and the writer's code per type is generated from the declaration: a member added
 * to, moved in or changed in the {@link Declaration} and not in {@code ShapeWriters} or {@code
 * ShapeBuilders} fails here.
 */
class GeneratedSourcesTest {
  static Stream<Arguments> generated() {
    return Stream.of(
        Arguments.of("ShapeWriters.java", (Supplier<String>) WriterSource::generate),
        Arguments.of("ShapeBuilders.java", (Supplier<String>) BuilderSource::generate));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void isWhatTheDeclarationGenerates(String file, Supplier<String> generator)
      throws IOException, URISyntaxException {
    // From json/target/test-classes to the module's root, wherever the tests are run from.
    Path target = Path.of(GeneratedSourcesTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).getParent();
    Path source = target.getParent().resolve(
        Path.of("src", "main", "java", "org", "coproduce", "json", file));
    String generated = generator.get();
    Path fresh = target.resolve(file);
    Files.writeString(fresh, generated, StandardCharsets.UTF_8);
    assertThat(Files.readString(source, StandardCharsets.UTF_8))
        .as("%s is not what the declaration generates: copy %s over it", source, fresh)
        .isEqualTo(generated);
  }
}
