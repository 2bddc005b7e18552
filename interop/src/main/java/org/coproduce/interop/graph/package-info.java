/**
 * The programme as a network, in GraphML: {@link org.coproduce.interop.graph.GraphMl}. Nothing in
 * this package accepts or returns {@code null}.
 */
@NullMarked
package org.coproduce.interop.graph;

import org.jspecify.annotations.NullMarked;
