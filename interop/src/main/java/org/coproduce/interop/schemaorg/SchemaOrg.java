package org.coproduce.interop.schemaorg;

import java.net.URI;
import org.coproduce.model.Programme;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Describes a programme in <a href="https://schema.org">schema.org</a> terms, as a JSON-LD
 * document for search engines, linked-data tools and web pages (for example inside a {@code
 * <script type="application/ld+json">} element).
 *
 * <pre>{@code
 * String page = SchemaOrg.jsonLd(programme);                        // ids relative to the page
 * String data = SchemaOrg.jsonLd(programme, URI.create("https://rjc.example.org/"));
 * ObjectNode tree = SchemaOrg.tree(programme, URI.create("https://rjc.example.org/"));
 * }</pre>
 *
 * <p>The document has {@code "@context": "https://schema.org"} and an {@code @graph} of nodes: the
 * programme, then its organisations, participants, conferences (with their sessions and strands
 * inside them), quotes and outputs. Nodes refer to one another by {@code @id}. Every id is the base IRI
 * followed by a path made of the model's ids, so it is stable as long as the ids are:
 *
 * <table>
 *   <caption>Node ids</caption>
 *   <tr><th>node</th><th>{@code @id}</th></tr>
 *   <tr><td>the programme</td><td>{@code {base}programmes/{id}}</td></tr>
 *   <tr><td>an organisation</td><td>{@code {base}organisations/{id}}</td></tr>
 *   <tr><td>a participant</td><td>{@code {base}participants/{id}}</td></tr>
 *   <tr><td>a conference</td><td>{@code {base}conferences/{id}}</td></tr>
 *   <tr><td>a session</td><td>{@code {base}conferences/{conference}/sessions/{id}}</td></tr>
 *   <tr><td>a strand</td><td>{@code {base}conferences/{conference}/strands/{id}}</td></tr>
 *   <tr><td>a quote</td><td>{@code {base}quotes/{id}}</td></tr>
 *   <tr><td>an output</td><td>{@code {base}outputs/{id}}</td></tr>
 * </table>
 *
 * <p>The base is used as given when it is empty (ids relative to wherever the document is
 * published) or ends with {@code /}, {@code #} or {@code :}, and followed by {@code /} otherwise.
 * The default base is {@code #}: ids such as {@code #organisations/gmca} are fragments of the
 * document's own address.
 *
 * <h2>What becomes what</h2>
 *
 * <table>
 *   <caption>Mapping of the model to schema.org</caption>
 *   <tr><th>model</th><th>schema.org</th></tr>
 *   <tr><td>{@code Programme}</td><td>{@code ResearchProject}: {@code name}, {@code description}
 *       (summary), {@code foundingDate} and {@code dissolutionDate} (period), {@code funder}
 *       (funders), {@code parentOrganization} (leads: the organisations that lead it), {@code
 *       keywords} (themes, then hashtags with {@code #}), {@code event} (its conferences)</td></tr>
 *   <tr><td>{@code Organisation}</td><td>{@code Organization}: {@code name}, {@code
 *       alternateName} (short name), {@code parentOrganization} (parent), {@code location}
 *       (place), {@code url}</td></tr>
 *   <tr><td>{@code Participant}</td><td>{@code Person}: {@code name}, {@code url}; {@code
 *       affiliation}: every organisation the person is affiliated with; {@code worksFor}: those
 *       affiliations that carry a title (a post there); {@code jobTitle}: those titles, each
 *       once</td></tr>
 *   <tr><td>{@code Conference}</td><td>{@code Event}: {@code name}, {@code description}, {@code
 *       startDate} and {@code endDate} in the dates' own precision ({@code 2018}, {@code 2018-11};
 *       no {@code endDate} when the dates have no end), {@code location}, the people by role as
 *       below ({@code organizer} lists the hosts first), {@code about} (its strands), {@code
 *       keywords} (themes), {@code url}, {@code subEvent} (its sessions)</td></tr>
 *   <tr><td>{@code Strand}</td><td>{@code DefinedTerm}: {@code name} (title), {@code description}
 *       (summary)</td></tr>
 *   <tr><td>{@code Session}</td><td>{@code Event}: {@code name} (title), {@code description},
 *       {@code startDate} (date), {@code about} (its strand), {@code keywords} (its kind, in
 *       words: {@code workshop}, {@code field trip}...), {@code inLanguage} (the language it is
 *       held in), and the people by role</td></tr>
 *   <tr><td>{@code Place}</td><td>{@code Place}: {@code name}, {@code address} (a {@code
 *       PostalAddress} with {@code addressLocality} = the name, {@code addressRegion}, {@code
 *       addressCountry} = the ISO code), {@code geo} ({@code GeoCoordinates})</td></tr>
 *   <tr><td>{@code Quote}</td><td>{@code Quotation}: {@code text}, {@code spokenByCharacter} and
 *       {@code creator} (the speaker's {@code Person}), {@code inLanguage} (its language, else the
 *       programme's), {@code dateCreated}
 *       (said), {@code about} (its conference), {@code isPartOf} (its source, a {@code
 *       CreativeWork} with {@code name}, {@code publisher}, {@code url} and {@code
 *       datePublished})</td></tr>
 *   <tr><td>{@code Output}</td><td>a {@code CreativeWork} of the type its kind fits: {@code
 *       Report}, {@code Article}, {@code BlogPosting} (blog post), {@code SocialMediaPosting}
 *       (social post), {@code PresentationDigitalDocument}, {@code VideoObject}, {@code
 *       PodcastEpisode}, {@code Dataset}, else {@code CreativeWork} (toolkit, other); with {@code
 *       name} (title), {@code description} (summary), {@code author} (its authors' {@code
 *       Person}s), {@code sourceOrganization} (its organisations), {@code producer} (the
 *       programme), {@code about} (the {@code Event}s of its conferences, then of the conferences
 *       its visits went to), {@code datePublished}, {@code inLanguage} (its language, else the
 *       programme's), {@code url}</td></tr>
 * </table>
 *
 * <p>Translations become language-tagged values: a text that some translation gives is an array
 * of the original, as {@code {"@value": text, "@language": tag}} where its language is known (the
 * object's own, else the programme's) and as a plain string where not, followed by each
 * translation as {@code {"@value": text, "@language": tag}}, in the order given. A text that no
 * translation gives stays a plain string. This holds for every text the tables name that the
 * format translates: names, titles, short names, summaries, a quote's text, a place's name
 * (also as {@code addressLocality}) and region.
 *
 * <p>A participation becomes a property of its session's {@code Event}, or of its conference's
 * when it names no session, pointing at the participant's {@code Person}:
 *
 * <table>
 *   <caption>Participation roles</caption>
 *   <tr><th>role</th><th>schema.org property</th></tr>
 *   <tr><td>organiser</td><td>{@code organizer}</td></tr>
 *   <tr><td>speaker</td><td>{@code performer}</td></tr>
 *   <tr><td>facilitator</td><td>{@code contributor}</td></tr>
 *   <tr><td>delegate, observer, attendee</td><td>{@code attendee}</td></tr>
 * </table>
 *
 * <p>Not exported, for want of a schema.org term that fits: sectors, visits (other than as what
 * an output is about), the programme's own language (a {@code ResearchProject} has no {@code
 * inLanguage}; it reaches quotes and outputs, and tags translated text), UN Sustainable
 * Development Goals, the periods of affiliations, the organisation a participant represents, and
 * extensions. Properties are written in the order of the tables; a property the model holds as a
 * list is a JSON array, any other a single value; nothing is written as {@code null} and no array
 * is empty: absent values are left out. The same programme and base always give the same text.
 *
 * <p>This class is thread-safe.
 */
public final class SchemaOrg {
  /** The default base: ids are fragments of the document's own address. */
  public static final URI DEFAULT_BASE = URI.create("#");

  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer()
      .with(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private SchemaOrg() {}

  /**
   * The programme as a JSON-LD document, with ids relative to the document ({@link
   * #DEFAULT_BASE}).
   *
   * @param programme the programme
   * @return the document, indented by two spaces, lines ending in {@code \n}
   * @throws IllegalArgumentException if an argument is null
   */
  public static String jsonLd(Programme programme) {
    return jsonLd(programme, DEFAULT_BASE);
  }

  /**
   * The programme as a JSON-LD document, with ids under the given base.
   *
   * @param programme the programme
   * @param base the base IRI of the ids, such as {@code https://rjc.example.org/}
   * @return the document, indented by two spaces, lines ending in {@code \n}
   * @throws IllegalArgumentException if an argument is null
   */
  public static String jsonLd(Programme programme, URI base) {
    return WRITER.writeValueAsString(tree(programme, base));
  }

  /**
   * The programme as a JSON-LD tree, to embed in a larger document or to change before writing.
   *
   * @param programme the programme
   * @param base the base IRI of the ids, such as {@code https://rjc.example.org/}
   * @return a new tree, the caller's to change
   * @throws IllegalArgumentException if an argument is null
   */
  public static ObjectNode tree(Programme programme, URI base) {
    if (programme == null || base == null) {
      throw new IllegalArgumentException((programme == null ? "programme" : "base")
          + " must not be null");
    }
    return new JsonLdBuilder(programme, base.toString()).build();
  }
}
