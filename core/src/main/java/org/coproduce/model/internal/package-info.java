/**
 * Helpers the model shares with the JSON module, and with no one else: the module exports this
 * package to {@code org.coproduce.json} only. Not part of the API.
 */
@NullMarked
package org.coproduce.model.internal;

import org.jspecify.annotations.NullMarked;
