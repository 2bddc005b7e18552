/**
 * Export of programmes as <a href="https://schema.org">schema.org</a> JSON-LD, for search engines,
 * linked-data tools and web pages: {@link org.coproduce.interop.schemaorg.SchemaOrg}. Nothing in this
 * package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop.schemaorg;

import org.jspecify.annotations.NullMarked;
