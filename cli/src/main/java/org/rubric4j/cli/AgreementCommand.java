package org.rubric4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rubric4j.Rubric;
import org.rubric4j.RubricException;
import org.rubric4j.internal.Text;
import org.rubric4j.review.Calibration;
import org.rubric4j.review.Rating;
import org.rubric4j.yaml.internal.JsonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric4j agreement RATINGS.csv}: how well reviewers agree on level-rated indicators,
 * per indicator: Krippendorff's alpha (ordinal and interval) for any number of reviewers, and
 * Cohen's weighted kappa (linear and quadratic) when exactly two rated it.
 */
@Command(name = "agreement",
    description = {"Agreement between reviewers who rated the same items on level-rated indicators.",
        "RATINGS is a CSV with the columns item,rater,indicator,level (one rating per line; a reviewer",
        "who skipped an item is simply absent). Per indicator: Krippendorff's alpha (ordinal, interval;",
        "JSON adds nominal, ratio, Fleiss' kappa, Gwet's AC1, percent agreement) and, with exactly two",
        "raters, Cohen's weighted kappa (linear, quadratic); with --expert, each rater's alignment with",
        "the expert; then the items the reviewers disagree on most. Bad lines are reported as",
        "RATINGS:LINE: ITEM: REASON and skipped."},
    footer = {"", "Examples:",
        "  rubric4j agreement samples/src/main/resources/samples/crm-service-quality.ratings.csv",
        "  rubric4j agreement ratings.csv --format json",
        "  rubric4j agreement ratings.csv --rubric crm-service-quality.yaml   # kappa over the declared levels",
        "  rubric4j agreement ratings.csv --expert lead-reviewer --format json"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:success", "1:bad lines or an input problem", Main.USAGE_ERROR})
final class AgreementCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { table, json }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RATINGS", description = "CSV with the columns item,rater,indicator,level.")
  private Path ratings;

  @Option(names = "--rubric", paramLabel = "RUBRIC",
      description = "Check the ratings against this rubric and use each indicator's declared levels as kappa's categories.")
  private Path rubric;

  @Option(names = "--expert", paramLabel = "RATER",
      description = "Also align every other rater with RATER, per indicator: alignment (1 - |r - e| / level range) and mean absolute deviation.")
  private String expert;

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (for people, with the items disagreed on) or json. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(ratings)) {
      throw new NoSuchFileException(ratings.toString());
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Rating> all = new ArrayList<>();
    Rubric scale = rubric == null ? null : Scoring.rubric(rubric);
    int bad = read(all, scale, err);
    Calibration c = scale == null ? Calibration.of(all) : Calibration.of(all, scale);
    if (expert != null && all.stream().noneMatch(r -> r.rater().equals(expert))) {
      err.println("rubric4j: --expert " + expert + " gave no rating in " + ratings + "; its raters: "
          + String.join(", ", all.stream().map(Rating::rater).distinct().sorted().toList()));
      err.flush();
      return Failures.INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? json(c, expert) + "\n" : table(c, expert));
    out.flush();
    if (bad > 0) {
      err.println("rubric4j: " + bad + " lines of " + ratings + " could not be read (listed above); the others were used");
      err.flush();
      return Failures.INPUT;
    }
    return 0;
  }

  /**
   * Reads the ratings into {@code into}; a line that cannot be used (bad cells, a level or an
   * indicator {@code rubric} does not declare, a second rating by a rater of the same item) is
   * reported at FILE:LINE and skipped, and the count of such lines returned.
   */
  private int read(List<Rating> into, Rubric rubric, PrintWriter err) throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    int bad = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(ratings), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (header == null) {
        throw new IOException(ratings + ": the file is empty; expected the header item,rater,indicator,level");
      }
      List<String> columns = List.of(header.replace("\uFEFF", "").strip().split("\\s*,\\s*", -1));
      int item = columns.indexOf("item");
      int rater = columns.indexOf("rater");
      int indicator = columns.indexOf("indicator");
      int level = columns.indexOf("level");
      if (item < 0 || rater < 0 || indicator < 0 || level < 0) {
        throw new IOException(ratings + ":1: the header must name the columns item,rater,indicator,level; found " + header.strip());
      }
      String line;
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        String id = cells.length > item ? cells[item].strip() : "";
        String where = ratings + ":" + number + ": " + (id.isEmpty() ? "" : id + ": ");
        if (cells.length != columns.size()) {
          err.println(where + "expected " + columns.size() + " columns, found " + cells.length);
          bad++;
          continue;
        }
        try {
          int value = Integer.parseInt(cells[level].strip());
          Rating r = new Rating(id, cells[rater].strip(), cells[indicator].strip(), value);
          Optional<String> problem = rubric == null ? Optional.empty() : Calibration.problemOf(r, rubric);
          if (problem.isEmpty()) {
            Integer earlier = seen.putIfAbsent(r.indicator() + "\u0000" + r.item() + "\u0000" + r.rater(), r.level());
            problem = earlier == null ? Optional.empty() : Optional.of(Calibration.twice(r, earlier));
          }
          if (problem.isPresent()) {
            err.println(Text.oneLine(where + problem.get()));
            bad++;
            continue;
          }
          into.add(r);
        } catch (NumberFormatException e) {
          err.println(where + "level \"" + cells[level].strip() + "\" is not a whole number");
          bad++;
        } catch (RubricException e) {
          err.println(where + e.getMessage());
          bad++;
        }
      }
    }
    return bad;
  }

  /** The {@code --format json} contract: {@code {"indicators":[{...}]}}, kappas only with two raters. */
  static String json(Calibration c, String expert) {
    List<Object> indicators = new ArrayList<>();
    for (Calibration.IndicatorAgreement a : c.indicators()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.indicator());
      m.put("raters", a.raters());
      m.put("items", a.items());
      m.put("krippendorffAlphaOrdinal", number(a.alphaOrdinal()));
      m.put("krippendorffAlphaInterval", number(a.alphaInterval()));
      m.put("krippendorffAlphaNominal", number(a.alphaNominal()));
      m.put("krippendorffAlphaRatio", number(a.alphaRatio()));
      m.put("fleissKappa", number(a.fleissKappa()));
      m.put("gwetAc1", number(a.gwetAc1()));
      m.put("percentAgreement", number(a.percentAgreement()));
      if (a.raters() == 2) {
        m.put("weightedKappaLinear", number(a.kappaLinear()));
        m.put("weightedKappaQuadratic", number(a.kappaQuadratic()));
      }
      if (expert != null) {
        List<Object> aligned = new ArrayList<>();
        for (Calibration.ExpertAlignment x : c.alignment(a.indicator(), expert)) {
          Map<String, Object> am = new LinkedHashMap<>();
          am.put("rater", x.rater());
          am.put("items", x.items());
          am.put("alignment", number(x.alignment()));
          am.put("meanAbsoluteDeviation", number(x.meanAbsoluteDeviation()));
          aligned.add(am);
        }
        m.put("alignment", aligned);
      }
      indicators.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("indicators", indicators);
    return JsonText.compact(root);
  }

  /** To six decimals, without trailing zeros; null when undefined. */
  private static BigDecimal number(Optional<BigDecimal> value) {
    return value.map(v -> {
      BigDecimal r = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
      return r.scale() < 0 ? r.setScale(0) : r;
    }).orElse(null);
  }

  private static String table(Calibration c, String expert) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"indicator", "raters", "items", "alpha ordinal", "alpha interval", "kappa linear",
        "kappa quadratic", "disagreements"});
    for (Calibration.IndicatorAgreement a : c.indicators()) {
      rows.add(new String[] {a.indicator(), Integer.toString(a.raters()), Integer.toString(a.items()),
          text(a.alphaOrdinal()), text(a.alphaInterval()), a.raters() == 2 ? text(a.kappaLinear()) : "-",
          a.raters() == 2 ? text(a.kappaQuadratic()) : "-", Integer.toString(a.disagreements().size())});
    }
    StringBuilder out = new StringBuilder();
    int[] widths = new int[rows.get(0).length];
    rows.forEach(r -> {
      for (int k = 0; k < r.length; k++) {
        widths[k] = Math.max(widths[k], Width.of(r[k]));
      }
    });
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < r.length; k++) {
        line.append(k == 0 ? Width.pad(r[k], widths[k]) : " ".repeat(widths[k] - Width.of(r[k])) + r[k]).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append("\nAlpha and kappa: 1 is perfect agreement, 0 no better than chance; below 0.667 is usually too low"
        + " to rely on (Krippendorff).\n");
    if (expert != null) {
      out.append("\nAlignment with ").append(expert).append(" (1 is always the expert's level; deviation in levels)\n");
      for (Calibration.IndicatorAgreement a : c.indicators()) {
        for (Calibration.ExpertAlignment x : c.alignment(a.indicator(), expert)) {
          out.append("  ").append(a.indicator()).append(": ").append(x.rater()).append(" over ").append(x.items())
              .append(x.items() == 1 ? " item: alignment " : " items: alignment ").append(text(x.alignment()))
              .append(", mean absolute deviation ").append(text(x.meanAbsoluteDeviation())).append('\n');
        }
      }
    }
    for (Calibration.IndicatorAgreement a : c.indicators()) {
      if (a.disagreements().isEmpty()) {
        continue;
      }
      out.append('\n').append(a.indicator()).append(": widest disagreements\n");
      a.disagreements().stream().limit(5).forEach(d -> {
        List<String> levels = new ArrayList<>();
        d.levels().forEach((rater, level) -> levels.add(rater + " " + level));
        out.append("  ").append(d.item()).append(" (spread ").append(d.spread()).append("): ")
            .append(String.join(", ", levels)).append('\n');
      });
      if (a.disagreements().size() > 5) {
        out.append("  ... and ").append(a.disagreements().size() - 5).append(" more\n");
      }
    }
    return out.toString();
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(v -> v.setScale(4, RoundingMode.HALF_UP).toPlainString()).orElse("-");
  }
}
