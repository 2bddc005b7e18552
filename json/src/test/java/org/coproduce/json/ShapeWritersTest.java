package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The writer's code per type is generated from the declaration: a member added to, moved in or
 * changed in the {@link Declaration} and not in {@code ShapeWriters} fails here.
 */
class ShapeWritersTest {
  @Test
  void shapeWritersIsWhatTheDeclarationGenerates() throws IOException, URISyntaxException {
    // From json/target/test-classes to the module's root, wherever the tests are run from.
    Path target = Path.of(ShapeWritersTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).getParent();
    Path source = target.getParent().resolve(
        Path.of("src", "main", "java", "org", "coproduce", "json", "ShapeWriters.java"));
    String generated = WriterSource.generate();
    Path fresh = target.resolve("ShapeWriters.java");
    Files.writeString(fresh, generated, StandardCharsets.UTF_8);
    assertThat(Files.readString(source, StandardCharsets.UTF_8))
        .as("%s is not what the declaration generates: copy %s over it", source, fresh)
        .isEqualTo(generated);
  }
}
