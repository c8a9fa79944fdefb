/**
 * The {@code withheld-validator} command line ({@link dev.withheld.validator.cli.ValidateCommand}):
 * checks files, JSON Lines and standard input, reports as text or JSON, and exits 0, 1 or 2.
 */
package dev.withheld.validator.cli;
