package org.coproduce.cli;

import java.io.PrintWriter;
import java.util.List;
import org.coproduce.json.DocumentProblem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The verdict on a document, as text for people or as one line of JSON for programs. */
final class Problems {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Problems() {}

  /**
   * {@code FILE: OK}, or {@code FILE: N problem(s)} and then each problem on a line of its own as
   * {@code   POINTER: MESSAGE}, where {@code ""} stands for the document as a whole.
   */
  static void text(PrintWriter out, String file, List<DocumentProblem> problems) {
    if (problems.isEmpty()) {
      out.println(file + ": OK");
      return;
    }
    out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    for (DocumentProblem problem : problems) {
      out.println("  " + (problem.pointer().isEmpty() ? "\"\"" : problem.pointer()) + ": "
          + problem.message());
    }
  }

  /**
   * One line: {@code {"file": ..., "valid": true|false, "problems": [{"pointer": ...,
   * "message": ...}]}}.
   */
  static void json(PrintWriter out, String file, List<DocumentProblem> problems) {
    ObjectNode verdict = MAPPER.createObjectNode();
    verdict.put("file", file);
    verdict.put("valid", problems.isEmpty());
    ArrayNode list = verdict.putArray("problems");
    for (DocumentProblem problem : problems) {
      list.addObject().put("pointer", problem.pointer()).put("message", problem.message());
    }
    out.println(MAPPER.writeValueAsString(verdict));
  }
}
