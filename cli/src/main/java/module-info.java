/**
 * The rubric4j command-line tool: {@link org.rubric4j.cli.Main} and its commands, the report
 * renderers, and {@link org.rubric4j.cli.SampleDataGenerator}. The package is opened to picocli,
 * which sets the commands' option fields by reflection.
 */
@SuppressWarnings("requires-automatic")
module org.rubric4j.cli {
  requires transitive org.rubric4j;   // SampleDataGenerator's API takes a Rubric
  requires org.rubric4j.yaml;
  requires info.picocli;
  // The seed rubrics and samples the demo reads: a resources-only jar, so an automatic module.
  requires org.rubric4j.samples;

  exports org.rubric4j.cli;

  opens org.rubric4j.cli to info.picocli;
}
