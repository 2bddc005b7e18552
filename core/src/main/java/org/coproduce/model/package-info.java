/**
 * Immutable, validated types of a co-production programme, and the questions a programme answers.
 *
 * <p>Build a {@link org.coproduce.model.Programme} with {@code Programme.builder()}; a programme
 * that exists is valid. Every rule of document format 1.1 that can be checked without JSON is
 * enforced when an object is built, and all problems are reported together in a {@link
 * org.coproduce.model.ValidationException}. Absent values are {@link java.util.Optional}; lists
 * are immutable and keep their order; nothing in this package accepts or returns {@code null}:
 * a {@code null} argument throws a {@link java.lang.NullPointerException} whose message is the
 * parameter's name, and a {@code null} handed to a builder or a {@code with*} copy a {@link
 * org.coproduce.model.ValidationException} at that member. A builder's {@code clear()} empties
 * it, to build another object with it.
 */
@NullMarked
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = ValidationException.class,
    throwForNullPointer = ValidationException.class,
    allMandatoryParameters = false,
    privateNoargConstructor = false,
    clearBuilder = true,
    delegateToString = "org.coproduce.model.Describe.toString")
package org.coproduce.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
