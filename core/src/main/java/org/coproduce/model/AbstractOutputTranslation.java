package org.coproduce.model;

import org.immutables.value.Value;

/**
 * A translation of an output's text into one language: each member optional, none blank, and at
 * least one given (or members of a newer format, kept as {@link #extensions()}).
 *
 * <p>Build it with {@code OutputTranslation.builder()} and add it with {@code
 * Output.builder().putTranslation(tag, translation)}.
 */
@Value.Immutable
abstract class AbstractOutputTranslation extends TitleAndSummaryTranslation {}
