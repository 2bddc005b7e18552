package org.coproduce.interop.frab;

import java.util.List;
import java.util.Objects;
import org.coproduce.model.Programme;

/**
 * The result of importing a schedule: a valid programme holding the one conference and its
 * people, and a warning for each part of the schedule that could not be mapped.
 */
public final class ScheduleImport {
  private final Programme programme;
  private final List<String> warnings;

  ScheduleImport(Programme programme, List<String> warnings) {
    this.programme = Objects.requireNonNull(programme, "programme");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The imported programme: its id and name are those of the conference, it holds exactly one
   * conference, and every person of the schedule as a participant.
   *
   * @return the programme
   */
  public Programme programme() {
    return programme;
  }

  /**
   * What could not be mapped, in the order met, each starting with the JSON Pointer of the part of
   * the schedule it concerns; empty when everything was mapped.
   *
   * @return the warnings, unmodifiable
   */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "ScheduleImport[" + programme.id() + ", " + warnings.size() + " warnings]";
  }
}
