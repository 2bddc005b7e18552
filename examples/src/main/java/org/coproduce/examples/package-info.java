/**
 * Small programs to read and copy from: {@link org.coproduce.examples.RealisingJustCities} builds
 * a programme and {@link org.coproduce.examples.Tour} asks it every question the model answers.
 */
@NullMarked
package org.coproduce.examples;

import org.jspecify.annotations.NullMarked;
