/**
 * A programme as a short plain-text report for people: {@link
 * org.coproduce.interop.report.TextReport}. Nothing in this package accepts or returns {@code
 * null}.
 */
@NullMarked
package org.coproduce.interop.report;

import org.jspecify.annotations.NullMarked;
