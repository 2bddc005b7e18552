/**
 * The programme as tidy CSV tables, one per type and one per relation: {@link
 * org.coproduce.interop.csv.CsvTables}. Nothing in this package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop.csv;

import org.jspecify.annotations.NullMarked;
