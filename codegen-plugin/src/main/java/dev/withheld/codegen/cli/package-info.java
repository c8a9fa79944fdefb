/**
 * The generator's command line ({@code java -jar withheld-codegen.jar}) for builds that are not Maven: Gradle,
 * Bazel, plain scripts. Its subcommands take the goals' parameters and run the same classes as the goals
 * ({@link dev.withheld.codegen.goal}).
 */
package dev.withheld.codegen.cli;
