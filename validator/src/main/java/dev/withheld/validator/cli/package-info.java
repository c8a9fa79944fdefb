/**
 * The {@code withheld-validator} command line ({@link dev.withheld.validator.cli.ValidateCommand}):
 * checks files, JSON Lines and standard input as a stream, reports as text or JSON Lines, and exits
 * 0, 1 or 2, or 141 when its reader has gone away.
 */
package dev.withheld.validator.cli;
