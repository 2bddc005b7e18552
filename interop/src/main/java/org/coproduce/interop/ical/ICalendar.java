package org.coproduce.interop.ical;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.internal.Language;
import org.coproduce.interop.internal.TextFile;
import org.coproduce.interop.internal.Unmapped;
import org.coproduce.model.Programme;

/**
 * The programme's conferences and sessions as an <a
 * href="https://www.rfc-editor.org/rfc/rfc5545">RFC 5545</a> iCalendar, for calendar
 * applications.
 *
 * <pre>{@code
 * Export<String> calendar = ICalendar.text(programme, ExportOptions.defaults());
 * ICalendar.write(programme, Path.of("rjc.ics"), ExportOptions.defaults());
 * }</pre>
 *
 * <p>Each conference and each session whose dates are known to the day is an all-day {@code
 * VEVENT}; those known only to the month or year, or not at all, are left out, each named in a
 * warning. An event has:
 *
 * <table>
 *   <caption>The events</caption>
 *   <tr><th>property</th><th>conference</th><th>session</th></tr>
 *   <tr><td>{@code UID}</td><td>{@code {programme}/conferences/{id}}</td>
 *       <td>{@code {programme}/conferences/{conference}/sessions/{id}}</td></tr>
 *   <tr><td>{@code DTSTART}, {@code DTEND}</td><td>first day, and the day after the last (all-day
 *       dates: {@code DTEND} is exclusive)</td><td>its day, and the day after</td></tr>
 *   <tr><td>{@code SUMMARY}, {@code DESCRIPTION}</td><td>name, summary</td><td>title,
 *       summary</td></tr>
 *   <tr><td>{@code LOCATION}, {@code GEO}, {@code URL}</td><td colspan="2">the conference's place
 *       ("name, region, country code"), its coordinates, its URL</td></tr>
 *   <tr><td>{@code CATEGORIES}</td><td>themes</td><td>kind ({@code workshop}), strand's
 *       title</td></tr>
 *   <tr><td>{@code RELATED-TO;RELTYPE=PARENT}</td><td></td><td>the conference's UID</td></tr>
 *   <tr><td>{@code DTSTAMP}</td><td colspan="2">{@link ExportOptions#timestamp()}, fixed by
 *       default</td></tr>
 * </table>
 *
 * <p>The calendar is named after the programme ({@code NAME} and {@code X-WR-CALNAME}). Its text
 * is the same for the same programme and options, line by line: CRLF line ends, lines folded at 75
 * octets, text escaped as RFC 5545 asks. Text is in {@link ExportOptions#language()} where the
 * programme has a translation, else as written. What a calendar has no room for (organisations,
 * people and their roles, hosts, visits, quotes, outputs, the programme's own facts, strand
 * summaries, the other versions of translated texts, extension members) is named in warnings, one
 * per kind, with a count.
 */
public final class ICalendar {
  private ICalendar() {}

  /**
   * The calendar as text.
   *
   * @param programme the programme
   * @param options the options; this export uses {@code timestamp} and {@code language}
   * @return the text of the calendar, and the warnings
   */
  public static Export<String> text(Programme programme, ExportOptions options) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(options, "options");
    List<String> warnings = new ArrayList<>();
    Calendar calendar = EventMaker.calendar(
        programme, Language.reader(programme, options), options.timestamp(), warnings);
    if (calendar.getComponents().isEmpty()) {
      warnings.add(": no conference or session is known to the day: the calendar has no events,"
          + " which RFC 5545 does not allow and some applications refuse");
    } else {
      ValidationResult result = calendar.validate();
      if (result.hasErrors()) {
        // The events are made valid: ical4j saying otherwise is a fault in this export.
        throw new IllegalStateException(
            "the calendar of " + programme.id() + " is not valid iCalendar: " + result);
      }
    }
    warnings.addAll(Uncarried.of(programme));
    warnings.addAll(Unmapped.extensions(programme));
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("a StringWriter failed: " + e.getMessage(), e);
    }
    return Export.of(out.toString(), warnings);
  }

  /**
   * Writes the calendar to a file, in UTF-8, replacing it if it exists.
   *
   * @param programme the programme
   * @param file where to write, such as {@code rjc.ics}
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
