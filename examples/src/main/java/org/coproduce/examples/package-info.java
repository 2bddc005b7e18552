/**
 * Small programs to read and copy from: {@link org.coproduce.examples.RealisingJustCities} builds
 * a programme, {@link org.coproduce.examples.Tour} asks it every question the model answers, and
 * {@link org.coproduce.examples.Validate} checks documents from the command line. {@link
 * org.coproduce.examples.StreetsInCommon}, a fictional programme, shows languages, translations
 * and outputs.
 */
@NullMarked
package org.coproduce.examples;

import org.jspecify.annotations.NullMarked;
