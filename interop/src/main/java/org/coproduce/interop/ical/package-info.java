/**
 * The programme's conferences and sessions as an RFC 5545 iCalendar: {@link
 * org.coproduce.interop.ical.ICalendar}. Nothing in this package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop.ical;

import org.jspecify.annotations.NullMarked;
