package org.rubric4j.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every command takes: show stack traces of failures. */
final class DebugOption {
  @Option(names = "--debug", description = "On failure, print the stack trace too.")
  boolean debug;
}
