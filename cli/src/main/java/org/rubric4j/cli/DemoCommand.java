package org.rubric4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rubric4j.Dimension;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.yaml.ObservationFormat;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ObservationRecord;
import org.rubric4j.yaml.RubricFormat;
import org.rubric4j.yaml.RubricReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rubric4j demo}: scores every bundled seed rubric on its bundled sample data and
 * prints a short summary per rubric, then where to look next.
 */
@Command(name = "demo",
    description = {"Score every bundled seed rubric on its sample data and summarise:",
        "evaluations, mean total, grade counts, top and bottom subjects, weakest dimension;",
        "and write the HTML report of each (see --out-dir)."},
    footer = {"", "Examples:", "  rubric4j demo", "  rubric4j demo --out-dir /tmp/reports"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:success", "1:a bundled file could not be read or a report could not be written", Main.USAGE_ERROR})
final class DemoCommand implements Callable<Integer> {

  static final String RUBRICS = "samples/src/main/resources/rubrics/";
  static final String SAMPLES = "samples/src/main/resources/samples/";

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "target/rubric4j-demo",
      description = "Where to write the HTML report of each seed rubric. Default: ${DEFAULT-VALUE}.")
  private java.nio.file.Path outDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    java.nio.file.Files.createDirectories(outDir);
    List<java.nio.file.Path> reports = new ArrayList<>();
    for (String name : SampleDataGenerator.profiles().keySet()) {
      Rubric rubric;
      org.rubric4j.yaml.LoadedRubric loaded;
      try (InputStream in = resource("/rubrics/" + name + ".yaml")) {
        loaded = RubricReader.create().read(in, RubricFormat.YAML, "rubrics/" + name + ".yaml");
        rubric = loaded.rubric();
      }
      ReportData report = new ReportData(loaded, List.of(GroupBy.subject()));
      Summary summary = new Summary(rubric);
      try (InputStream in = resource("/samples/" + name + ".csv");
          Stream<ObservationRecord> records = ObservationReader.forRubric(rubric)
              .read(in, ObservationFormat.CSV, "samples/" + name + ".csv")) {
        records.forEach(r -> {
          report.accept(r);
          if (r instanceof ObservationRecord.Valid v) {
            try {
              summary.add(rubric.evaluate(v.observations()));
            } catch (ObservationException e) {
              summary.bad++;
            }
          } else {
            summary.bad++;
          }
        });
      }
      summary.print(out);
      java.nio.file.Path file = outDir.resolve(name + ".html");
      java.nio.file.Files.writeString(file, ReportHtml.of(report.report(), "samples/" + name + ".csv"),
          java.nio.charset.StandardCharsets.UTF_8);
      reports.add(file);
    }
    out.println("HTML reports (open in a browser, or print): " + outDir.toAbsolutePath().normalize());
    for (java.nio.file.Path file : reports) {
      out.println("  " + file.getFileName());
    }
    out.println();
    out.println("Where to look next:");
    out.println("  ./rubric4j lint " + RUBRICS + "*.yaml");
    out.println("  ./rubric4j score " + RUBRICS + "crm-service-quality.yaml " + SAMPLES + "crm-service-quality.csv");
    out.println("  ./rubric4j explain " + RUBRICS + "crm-service-quality.yaml " + SAMPLES
        + "crm-service-quality.csv --id csq-2024-00001");
    out.println("  ./rubric4j score " + RUBRICS + "crm-service-quality.yaml " + SAMPLES
        + "crm-service-quality.bad-rows.csv   # bad rows reported, the rest scored");
    out.println("  ./rubric4j report " + RUBRICS + "service-standards-monthly.yaml " + SAMPLES
        + "service-standards-monthly.csv --group-by tag.team --out report.html");
    out.println("  ./rubric4j agreement " + SAMPLES + "crm-service-quality.ratings.csv");
    out.println("  ./rubric4j coach " + RUBRICS + "service-standards-monthly.yaml " + SAMPLES
        + "service-standards-monthly.csv --id ssm-2024-00004");
    out.println("  README.md for the Java API, docs/rubric-format.md for the rubric format, docs/cli.md or rubric4j --help for every command.");
    out.flush();
    return 0;
  }

  /**
   * A resource of rubric4j-samples, such as {@code /rubrics/x.yaml}. Looked up through the class
   * loader, not this class: on the module path a class finds only its own module's resources,
   * while the loader also finds those of the samples module (automatic, so open).
   */
  private static InputStream resource(String name) throws IOException {
    InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name.substring(1));
    if (in == null) {
      throw new IOException("the bundled resource " + name + " is missing from this build");
    }
    return in;
  }

  /** Running figures of one rubric's evaluations: exact sums, counts, per subject and dimension. */
  private static final class Summary {
    private final Rubric rubric;
    private long count;
    private long bad;
    private BigDecimal sum = BigDecimal.ZERO;
    private final Map<String, Long> grades = new LinkedHashMap<>();
    private final Map<String, BigDecimal[]> subjects = new TreeMap<>();
    private final Map<String, BigDecimal[]> dimensions = new LinkedHashMap<>();
    private long vetoed;

    Summary(Rubric rubric) {
      this.rubric = rubric;
      rubric.grades().forEach(g -> grades.put(g.id(), 0L));
      rubric.allDimensions().filter(d -> !d.indicators().isEmpty())
          .forEach(d -> dimensions.put(d.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
    }

    void add(Evaluation e) {
      count++;
      sum = sum.add(e.total());
      e.grade().ifPresent(g -> grades.merge(g.id(), 1L, Long::sum));
      if (e.isVetoed()) {
        vetoed++;
      }
      e.subject().ifPresent(s -> accumulate(subjects.computeIfAbsent(s,
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}), e.total()));
      e.allDimensions().filter(d -> dimensions.containsKey(d.id()))
          .forEach(d -> d.score().ifPresent(score -> accumulate(dimensions.get(d.id()), score)));
    }

    private static void accumulate(BigDecimal[] sumAndCount, BigDecimal value) {
      sumAndCount[0] = sumAndCount[0].add(value);
      sumAndCount[1] = sumAndCount[1].add(BigDecimal.ONE);
    }

    private BigDecimal mean(BigDecimal[] sumAndCount) {
      return sumAndCount[0].divide(sumAndCount[1], rubric.precision(), RoundingMode.HALF_UP);
    }

    void print(PrintWriter out) {
      String scale = rubric.scale().toPlainString();
      out.println(rubric.id() + rubric.name().map(n -> " · " + n).orElse(""));
      out.println("  evaluations: " + count + (bad > 0 ? " (" + bad + " rows could not be scored)" : "")
          + (vetoed > 0 ? ", " + vetoed + " vetoed" : "")
          + "; mean total " + (count == 0 ? "-" : sum.divide(BigDecimal.valueOf(count), rubric.precision(),
              RoundingMode.HALF_UP).toPlainString()) + " of " + scale);
      if (!grades.isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (Grade g : rubric.grades()) {
          parts.add(g.displayName() + " " + grades.get(g.id()));
        }
        out.println("  grades: " + String.join(" · ", parts));
      }
      List<Map.Entry<String, BigDecimal>> ranked = subjects.entrySet().stream()
          .map(e -> Map.entry(e.getKey(), mean(e.getValue())))
          .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .toList();
      int n = Math.min(3, ranked.size());
      out.println("  top subjects: " + subjects(ranked.subList(0, n)));
      List<Map.Entry<String, BigDecimal>> bottom = new ArrayList<>(ranked.subList(ranked.size() - n, ranked.size()));
      java.util.Collections.reverse(bottom);
      out.println("  bottom subjects: " + subjects(bottom));
      dimensions.entrySet().stream().filter(e -> e.getValue()[1].signum() > 0)
          .min(Comparator.comparing((Map.Entry<String, BigDecimal[]> e) -> mean(e.getValue()))
              .thenComparing(Map.Entry::getKey))
          .ifPresent(e -> out.println("  weakest dimension: " + e.getKey()
              + rubric.dimension(e.getKey()).flatMap(Dimension::name).map(nm -> " " + nm).orElse("")
              + " (mean " + mean(e.getValue()).toPlainString() + " of " + scale + ")"));
      out.println();
    }

    private static String subjects(List<Map.Entry<String, BigDecimal>> list) {
      return String.join(", ", list.stream().map(e -> e.getKey() + " " + e.getValue().toPlainString()).toList());
    }
  }
}
