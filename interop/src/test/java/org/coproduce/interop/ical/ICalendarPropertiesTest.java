package org.coproduce.interop.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.model.Conference;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Over generated programmes (each test named by its seed, to replay with {@code new
 * ProgrammeGenerator(seed)}): the calendar parses back with ical4j, validates, and holds one event
 * per conference and session known to the day, with a warning for each of the others.
 */
class ICalendarPropertiesTest {
  @TestFactory
  Stream<DynamicTest> calendarsParseBackValidAndComplete() {
    return LongStream.range(0, 50).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      ProgrammeGenerator generator = new ProgrammeGenerator(seed);
      // Odd seeds use what format 1.1 adds: outputs, translations, the programme's language.
      Programme programme = (seed % 2 == 0 ? generator : generator.withFormat11())
          .programme((int) (seed * 7 % 120));
      Export<String> export = ICalendar.text(programme, ExportOptions.defaults());
      Calendar calendar = new CalendarBuilder().build(new StringReader(export.output()));
      List<String> expected = new ArrayList<>();
      List<String> summaries = new ArrayList<>();
      int leftOut = 0;
      for (Conference c : programme.conferences()) {
        String uid = programme.id() + "/conferences/" + c.id();
        boolean toTheDay = c.dates().isPresent() && c.dates().get().start().date().isPresent()
            && c.dates().get().end().map(e -> e.date().isPresent()).orElse(true);
        if (toTheDay) {
          expected.add(uid);
          summaries.add(held(c.name()));
        } else {
          leftOut++;
        }
        for (Session s : c.sessions()) {
          if (s.date().flatMap(d -> d.date()).isPresent()) {
            expected.add(uid + "/sessions/" + s.id());
            summaries.add(held(s.title()));
          } else {
            leftOut++;
          }
        }
      }
      List<VEvent> events = calendar.getComponents("VEVENT");
      assertThat(events.stream().map(e -> value(e, "UID"))).containsExactlyElementsOf(expected);
      assertThat(events.stream().map(e -> value(e, "SUMMARY").trim()))
          .containsExactlyElementsOf(summaries);
      if (events.isEmpty()) {
        assertThat(export.warnings()).anyMatch(w -> w.contains("the calendar has no events"));
      } else {
        assertThat(calendar.validate().hasErrors()).as("%s", calendar.validate()).isFalse();
      }
      assertThat(export.warnings().stream().filter(w -> w.contains("not in the calendar")))
          .hasSize(leftOut);
      assertThat(ICalendar.text(programme, ExportOptions.defaults()).output())
          .as("the same programme, the same text").isEqualTo(export.output());
    }));
  }

  /**
   * The text as the calendar holds it, read back: one kind of line end, control characters
   * replaced, and space at either end trimmed (as ical4j's reader does).
   */
  static String held(String text) {
    StringBuilder held = new StringBuilder();
    text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> held.appendCodePoint(
        (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f ? 0xfffd : c));
    return held.toString().trim();
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse("");
  }
}
