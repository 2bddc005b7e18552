/**
 * Import of conference schedules in the frab / c3voc {@code schedule.json} family, as exported by
 * frab, pretalx and the c3 hub: {@link
 * org.coproduce.interop.frab.FrabSchedule#read(java.io.InputStream)} turns one schedule into a
 * {@link org.coproduce.model.Programme} holding its conference, and lists in a {@link
 * org.coproduce.interop.frab.ScheduleImport} every part of the schedule that could not be mapped.
 * Nothing in this package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop.frab;

import org.jspecify.annotations.NullMarked;
