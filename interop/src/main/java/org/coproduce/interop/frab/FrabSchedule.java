package org.coproduce.interop.frab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.coproduce.model.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a conference schedule in the frab / c3voc {@code schedule.json} format, as exported by
 * frab, pretalx and the c3 hub (version 1, and the draft version 2 that lists events in {@code
 * /schedule/events}), into a {@link org.coproduce.model.Programme}.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("schedule.json"))) {
 *   ScheduleImport result = FrabSchedule.read(in);
 *   Programme programme = result.programme();
 *   result.warnings().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <h2>What becomes what</h2>
 *
 * <table>
 *   <caption>Mapping of a schedule to the model</caption>
 *   <tr><th>schedule</th><th>model</th></tr>
 *   <tr><td>{@code conference}</td><td>the programme's one {@code Conference}, and the programme
 *       itself (same id and name)</td></tr>
 *   <tr><td>{@code acronym}</td><td>the conference's (and programme's) id: accents dropped, lower
 *       case, each run of other characters than {@code a-z0-9} a hyphen, trimmed, at most 64
 *       characters; from the title if the acronym makes none, else {@code conference}</td></tr>
 *   <tr><td>{@code title}</td><td>its name (the acronym if there is no title)</td></tr>
 *   <tr><td>{@code start}, {@code end}</td><td>its dates, to the day; a date-time counts in the
 *       conference's {@code time_zone_name}; without a start, the first and last of the
 *       {@code days}</td></tr>
 *   <tr><td>{@code description}, {@code keywords}, {@code url} (else the schedule's {@code
 *       base_url})</td><td>its summary, themes and URL</td></tr>
 *   <tr><td>each track (the conference's {@code tracks}, then those first named by
 *       events)</td><td>a {@code Strand} titled by the track's name; id from its slug, else its
 *       name</td></tr>
 *   <tr><td>each event</td><td>a {@code Session}; id from its {@code slug}, else {@code guid},
 *       else {@code code}, else {@code id}, made a valid id as above and unique within the
 *       conference ({@code -2}, {@code -3}... on a clash); title from {@code title}, else {@code
 *       subtitle}</td></tr>
 *   <tr><td>the event's {@code type}</td><td>its kind: keynote; plenary; panel; field trip;
 *       workshop (also hands-on, tutorial); discussion (also meeting, round table, BoF);
 *       presentation (talk, lecture, lightning talk); else {@code other}</td></tr>
 *   <tr><td>the event's day</td><td>its date: the date of the {@code days} entry that holds it,
 *       else the day that runs at its start, else the date of its start; a day outside the
 *       conference's dates is left out with a warning</td></tr>
 *   <tr><td>the event's {@code track}</td><td>its strand</td></tr>
 *   <tr><td>the event's {@code abstract}, else {@code description}</td><td>its summary, as plain
 *       text: HTML tags removed, character references decoded</td></tr>
 *   <tr><td>each distinct person (one per {@code code}, {@code guid} or {@code id}, whichever
 *       the entries share; by name if they have none)</td><td>a {@code Participant}, named by
 *       {@code public_name}, else {@code name}, else {@code full_public_name}; id from the name,
 *       unique</td></tr>
 *   <tr><td>the event's {@code language}</td><td>its session's language, the language it is
 *       held in (a tag that is not well-formed BCP 47 is left out, with a warning)</td></tr>
 *   <tr><td>each person of an event's {@code persons}</td><td>a {@code speaker} participation in
 *       that session</td></tr>
 *   <tr><td>each entry of a version 2 event's {@code participants}</td><td>a participation in
 *       that session by {@code role}: {@code SPEAKER}, {@code GUEST} and {@code CONTRIBUTOR} as
 *       speaker, {@code MODERATOR} as facilitator, {@code HOST} as organiser; no role means
 *       speaker, the format's default</td></tr>
 * </table>
 *
 * <p>Not carried, because the model has no place for them: times of day, durations, rooms,
 * the conference's default language, links, attachments, logos, recording options, biographies and answers of persons.
 *
 * <h2>Leniency and warnings</h2>
 *
 * <p>Real exports break their own schema: uppercase slugs, slugs with underscores or longer than
 * 64 characters, {@code null} where text belongs, members nobody documented, HTML in
 * descriptions. The import takes what it can and says, in {@link ScheduleImport#warnings()}, what
 * it could not: each event, track or person that is not imported, each date or URL left out,
 * each event type that names no kind, each id changed to stay unique. Nothing is dropped
 * silently. The same event (same {@code guid}) listed twice is imported once, with a warning.
 *
 * <h2>Refusals and limits</h2>
 *
 * <p>The input must be one JSON value (UTF-8, UTF-16 or UTF-32) of at most 64 MiB, nested at most
 * 64 deep, with strings of at most 4 Mi characters. Input that is not JSON, exceeds these limits,
 * or is not a schedule (no {@code schedule} object, no {@code conference} object, no events
 * anywhere: neither rooms in {@code days} nor an {@code events} array) is refused with a {@link
 * ScheduleException} that says why; a schedule is never turned into an empty conference. A failure
 * of the caller's stream is thrown as an {@link java.io.UncheckedIOException}.
 *
 * <p>This class is thread-safe.
 */
public final class FrabSchedule {
  /** The largest document read, in bytes. */
  static final long MAX_DOCUMENT_BYTES = 64L << 20;

  static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_STRING_LENGTH = 4 << 20;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(MAX_DOCUMENT_BYTES)
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNumberLength(100)
              .maxNameLength(100_000)
              .build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private FrabSchedule() {}

  /**
   * Reads a schedule and maps it to a programme. The stream is read to the end of the JSON value
   * and is not closed.
   *
   * @param in the schedule's bytes
   * @return the programme and the warnings
   * @throws ScheduleException if the input is not JSON, exceeds the limits, or is not a schedule
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if the stream is null
   */
  public static ScheduleImport read(InputStream in) {
    if (in == null) {
      throw new IllegalArgumentException("the input stream must not be null");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonIOException e) {
      // The caller's stream failed: not a fault of the schedule, as in ProgrammeJson.
      throw e.getCause() instanceof IOException
          ? new UncheckedIOException((IOException) e.getCause())
          : new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    } catch (StreamConstraintsException e) {
      throw new ScheduleException("", "the schedule exceeds the reader's limits"
          + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new ScheduleException("", "the schedule is not readable JSON"
          + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ScheduleException("", "the schedule is empty: no JSON value was found");
    }
    try {
      return new ScheduleReader(root).read();
    } catch (ValidationException e) {
      // Every value is checked on the way in: this would be a bug of the import, not of the input.
      throw new ScheduleException("", "the import broke a rule of the model: " + e.getMessage(), e);
    }
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
