package org.coproduce.model;

import org.immutables.value.Value;

/**
 * A translation of a conference's text into one language: each member optional, none blank, and at
 * least one given (or members of a newer format, kept as {@link #extensions()}).
 *
 * <p>Build it with {@code ConferenceTranslation.builder()} and add it with {@code
 * Conference.builder().putTranslation(tag, translation)}.
 */
@Value.Immutable
abstract class AbstractConferenceTranslation extends NameAndSummaryTranslation {}
