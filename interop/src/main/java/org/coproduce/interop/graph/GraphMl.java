package org.coproduce.interop.graph;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.internal.Language;
import org.coproduce.interop.internal.TextFile;
import org.coproduce.interop.internal.Unmapped;
import org.coproduce.model.Programme;
import org.jgrapht.Graph;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The programme as a network for Gephi, Cytoscape, igraph, NetworkX and other network tools, in
 * <a href="http://graphml.graphdrawing.org/">GraphML</a>.
 *
 * <pre>{@code
 * Export<String> network = GraphMl.text(programme, ExportOptions.defaults());
 * GraphMl.write(programme, Path.of("rjc.graphml"), ExportOptions.defaults());
 * }</pre>
 *
 * <p>One directed graph, whose nodes are the programme itself and its organisations,
 * participants, conferences, sessions, visits and outputs, and whose edges are the relations between them.
 * A node's id is its kind and the model's ids, joined by colons ({@code programme:rjc}, {@code
 * organisation:gmca}, {@code session:iopd-2018:opening}, which GraphML's schema takes as an
 * {@code NMTOKEN}); its attribute {@code kind} says what it is:
 *
 * <table>
 *   <caption>Nodes</caption>
 *   <tr><th>{@code kind}</th><th>attributes</th></tr>
 *   <tr><td>{@code programme}</td><td>{@code name}, {@code start}, {@code end} (its period),
 *       {@code themes}, {@code hashtags}, {@code sdgs}, {@code summary}</td></tr>
 *   <tr><td>{@code organisation}</td><td>{@code name}, {@code short_name}, {@code sector},
 *       {@code place}, {@code region}, {@code country}, {@code latitude}, {@code longitude},
 *       {@code url}</td></tr>
 *   <tr><td>{@code participant}</td><td>{@code name}, {@code sector} (the participant's own),
 *       {@code url}</td></tr>
 *   <tr><td>{@code conference}</td><td>{@code name}, {@code start}, {@code end}, {@code place},
 *       {@code region}, {@code country}, {@code latitude}, {@code longitude}, {@code themes},
 *       {@code url}, {@code summary}</td></tr>
 *   <tr><td>{@code session}</td><td>{@code name} (title), {@code session_kind}, {@code start}
 *       (date), {@code strand} (its title), {@code summary}</td></tr>
 *   <tr><td>{@code visit}</td><td>{@code name} (title), {@code place}, {@code region}, {@code
 *       country}, {@code latitude}, {@code longitude} (its origin), {@code summary}</td></tr>
 *   <tr><td>{@code output}</td><td>{@code name} (title), {@code output_kind}, {@code start}
 *       (published), {@code url}, {@code language}, {@code summary}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Edges</caption>
 *   <tr><th>{@code relation}</th><th>from</th><th>to</th><th>attributes</th></tr>
 *   <tr><td>{@code participation}</td><td>participant</td><td>session, or conference when the
 *       participation names no session</td><td>{@code role}, {@code representing} (an
 *       organisation's id)</td></tr>
 *   <tr><td>{@code affiliation}</td><td>participant</td><td>organisation</td><td>{@code title},
 *       {@code period_start}, {@code period_end}</td></tr>
 *   <tr><td>{@code lead}</td><td>organisation</td><td>the programme</td><td></td></tr>
 *   <tr><td>{@code funder}</td><td>organisation</td><td>the programme, or a visit</td><td></td></tr>
 *   <tr><td>{@code parent}</td><td>organisation</td><td>its parent organisation</td><td></td></tr>
 *   <tr><td>{@code host}</td><td>organisation</td><td>conference</td><td></td></tr>
 *   <tr><td>{@code part-of}</td><td>session</td><td>its conference</td><td></td></tr>
 *   <tr><td>{@code travel}</td><td>participant</td><td>visit</td><td></td></tr>
 *   <tr><td>{@code destination}</td><td>visit</td><td>conference</td><td></td></tr>
 *   <tr><td>{@code authorship}</td><td>participant</td><td>output</td><td></td></tr>
 *   <tr><td>{@code credit}</td><td>organisation</td><td>output</td><td></td></tr>
 *   <tr><td>{@code about}</td><td>output</td><td>conference or visit</td><td></td></tr>
 * </table>
 *
 * <p>Lists are one text, items joined by {@code "; "}; dates keep their precision; constants are spelled
 * as in the JSON format; {@code latitude} and {@code longitude} are {@code double}s, all else
 * {@code string}s; an attribute without a value is left out. Strands are carried as their
 * sessions' {@code strand}. Text is in {@link ExportOptions#language()} where the programme has a
 * translation, else as written; the other versions of translated texts, quotes, strand
 * summaries, strands without sessions and extension members are not carried, and named in
 * warnings. Characters XML 1.0 cannot hold (most control
 * characters) are replaced by U+FFFD, each text changed named in a warning.
 */
public final class GraphMl {
  private GraphMl() {}

  /**
   * The network as GraphML text.
   *
   * @param programme the programme
   * @param options the options; this export uses {@code language}
   * @return the GraphML document, and the warnings
   */
  public static Export<String> text(Programme programme, ExportOptions options) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(options, "options");
    List<String> warnings = new ArrayList<>();
    Graph<Node, Edge> graph =
        Network.of(programme, Language.reader(programme, options), warnings);
    GraphMLExporter<Node, Edge> exporter = Keys.exporter();
    StringWriter out = new StringWriter();
    try {
      exporter.exportGraph(graph, out);
    } catch (ExportException e) {
      throw new IllegalStateException(
          "the network of " + programme.id() + " cannot be written: " + e.getMessage(), e);
    }
    warnings.addAll(Keys.uncarried(programme));
    warnings.addAll(Unmapped.extensions(programme));
    return Export.of(out.toString(), warnings);
  }

  /**
   * Writes the network to a file, in UTF-8, replacing it if it exists.
   *
   * @param programme the programme
   * @param file where to write, such as {@code rjc.graphml}
   * @param options the options
   * @return the path written, and the warnings
   * @throws IOException if the file cannot be written
   */
  public static Export<Path> write(Programme programme, Path file, ExportOptions options)
      throws IOException {
    Objects.requireNonNull(file, "file");
    return TextFile.write(text(programme, options), file);
  }
}
