/**
 * What the exports of this module share inside it; not exported by the module.
 */
@NullMarked
package org.coproduce.interop.internal;

import org.jspecify.annotations.NullMarked;
