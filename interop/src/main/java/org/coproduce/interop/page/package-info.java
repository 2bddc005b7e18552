/**
 * A programme as one self-contained HTML5 page, with its pictures drawn as inline SVG and its
 * schema.org JSON-LD embedded: {@link org.coproduce.interop.page.ProgrammePage}. Nothing in this
 * package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop.page;

import org.jspecify.annotations.NullMarked;
