/**
 * The work of each goal ({@code generate}, {@code check}, {@code docs}, {@code compat}) from the parameters as a
 * user gives them to the outcome: the log lines, the files and the failure message. The Maven goals and the command
 * line both call these classes, so that they take the same parameters, say the same things and fail alike.
 */
package dev.withheld.codegen.goal;
