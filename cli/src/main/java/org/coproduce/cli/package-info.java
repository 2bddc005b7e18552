/**
 * The {@code coproduce} command and its subcommands, on picocli. Only {@link
 * org.coproduce.cli.Coproduce} is public; its javadoc gives the contract (commands, output, exit
 * codes) that scripts rely on. Nothing in this package returns {@code null}.
 */
@NullMarked
package org.coproduce.cli;

import org.jspecify.annotations.NullMarked;
