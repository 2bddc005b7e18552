package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;

/**
 * The documents in docs/format.md say what they claim: each json block is a valid document (of the
 * article's programme, or the multilingual example), except the one marked invalid, which is
 * refused at exactly the pointers listed after it.
 */
class FormatDocumentationTest {
  private static final Pattern BLOCK =
      Pattern.compile("(<!-- invalid[^\\n]*\\n)?```json\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TEXT_BLOCK = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);

  /** The id of the multilingual example, whose reading is checked in the json module's tests. */
  private static final String MULTILINGUAL = "streets-example";

  private final ProgrammeJson json = ProgrammeJson.builder().strict(true).build();

  private static String formatPage() throws IOException {
    // The page is part of the project, so it is always there.
    Path page = ProjectFiles.root().resolve("docs").resolve("format.md");
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  @Test
  void documentsOnTheFormatPageAreValidOrFailWhereTheySay() throws IOException {
    String page = formatPage();
    Matcher block = BLOCK.matcher(page);
    int valid = 0;
    int invalid = 0;
    while (block.find()) {
      if (block.group(1) == null) {
        Programme programme = json.read(block.group(2));
        assertThat(programme.id()).isIn("realising-just-cities", MULTILINGUAL);
        valid++;
      } else {
        DocumentException refused =
            catchThrowableOfType(DocumentException.class, () -> json.read(block.group(2)));
        assertThat(refused).as("the document marked invalid is refused").isNotNull();
        List<String> pointers = new ArrayList<>();
        for (DocumentProblem problem : refused.problems()) {
          pointers.add(problem.pointer());
        }
        Matcher expected = TEXT_BLOCK.matcher(page);
        assertThat(expected.find(block.end())).as("the pointers listed after it").isTrue();
        assertThat(pointers).containsExactlyElementsOf(expected.group(1).strip().lines().toList());
        invalid++;
      }
    }
    assertThat(valid).as("valid documents on the page").isEqualTo(3);
    assertThat(invalid).as("invalid documents on the page").isEqualTo(1);
  }

  @Test
  void workedExampleIsPartOfTheShippedProgramme() throws IOException {
    Matcher block = BLOCK.matcher(formatPage());
    Programme worked = null;
    while (block.find()) {
      if (block.group(1) == null) {
        Programme programme = json.read(block.group(2));
        if (!programme.id().equals(MULTILINGUAL)) {
          worked = programme;
        }
      }
    }
    assertThat(worked).isNotNull();
    Programme shipped = RealisingJustCities.programme();
    assertThat(shipped.organisations()).containsAll(worked.organisations());
    assertThat(shipped.participants()).containsAll(worked.participants());
    assertThat(shipped.quotes()).containsAll(worked.quotes());
    assertThat(shipped.conference(RealisingJustCities.BARCELONA).orElseThrow().strands())
        .isEqualTo(worked.conference(RealisingJustCities.BARCELONA).orElseThrow().strands());
  }
}
