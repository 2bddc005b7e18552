/**
 * Programme document format 1.0: read and write {@link org.coproduce.model.Programme}s as JSON.
 *
 * <p>Start with {@link org.coproduce.json.ProgrammeJson}: an immutable, thread-safe reader and
 * writer with safe default limits. Every refusal of a document is a {@link
 * org.coproduce.json.DocumentException} listing every problem found, each at a JSON Pointer. The
 * same format is available inside applications' own Jackson 3 mappers through {@link
 * org.coproduce.json.ProgrammeJson#module()}.
 */
@NullMarked
package org.coproduce.json;

import org.jspecify.annotations.NullMarked;
