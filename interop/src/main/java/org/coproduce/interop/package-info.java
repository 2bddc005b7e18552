/**
 * What the exports of this module share: the result of an export, {@link
 * org.coproduce.interop.Export} (the output and the warnings naming what could not be carried),
 * and the choices, {@link org.coproduce.interop.ExportOptions}. The formats live in the
 * sub-packages. Nothing in this package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop;

import org.jspecify.annotations.NullMarked;
