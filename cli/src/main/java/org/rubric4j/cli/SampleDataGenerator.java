package org.rubric4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rubric4j.Bound;
import org.rubric4j.Indicator;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Veto;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;

/**
 * Makes the bundled sample observations: realistic, reproducible CSV files for each seed
 * rubric. Each subject has a skill that biases its values towards better bands and levels,
 * and keeps its first tag (an agent's team, a customer's segment);
 * rows spread over the four quarters of 2024, carry tags, some {@code n/a} values and a few
 * vetoes. For every rubric a second, clearly named file holds the same kind of rows with a
 * few deliberately bad ones, to show how bad rows are reported and skipped.
 *
 * <p>Run {@link #main} to regenerate {@code samples/src/main/resources/samples/}; the output
 * is committed, and a test checks it is what this generator makes.
 */
public final class SampleDataGenerator {

  /**
   * What to generate for one rubric.
   *
   * @param rows how many rows
   * @param subjectPrefix the subjects' ids, numbered from 1
   * @param subjects how many subjects
   * @param tags tag names and the values they take
   * @param monthly whether periods are months (2024-03) rather than days; with monthly periods
   *     and {@code rows} equal to subjects × 12, every subject is evaluated once a month
   * @param notApplicableRate the share of level-rated values given as n/a
   * @param vetoRate the share of rows with a veto flag set
   * @param seed the random seed
   */
  public record Profile(int rows, String subjectPrefix, int subjects, Map<String, List<String>> tags,
      boolean monthly, double notApplicableRate, double vetoRate, long seed) {}

  private static final String[] EVIDENCE = {
      "客户反馈响应及时", "客户*投诉工单平均响应时长4小时", "回访客户确认问题已解决", "客户表扬服务态度",
      "工单记录缺少联系方式", "方案需二次调整", "客户提出定制化需求, 方案通过", "通话中客户情绪激动, 已安抚"};

  private final Rubric rubric;
  private final Profile profile;
  private final SplittableRandom random;
  private final List<Indicator> indicators;
  private final List<String> vetoFlags;
  private final double[] skill;

  SampleDataGenerator(Rubric rubric, Profile profile) {
    this.rubric = rubric;
    this.profile = profile;
    this.random = new SplittableRandom(profile.seed());
    this.indicators = rubric.allIndicators().toList();
    this.vetoFlags = rubric.vetoes().stream().map(Veto::trigger)
        .filter(t -> t instanceof Veto.OnFlag).map(t -> ((Veto.OnFlag) t).flag()).distinct().toList();
    this.skill = new double[profile.subjects()];
    for (int k = 0; k < skill.length; k++) {
      skill[k] = 0.25 + 0.6 * random.nextDouble();
    }
  }

  /** The header and rows of the sample file, as CSV text. */
  public static String csv(Rubric rubric, Profile profile) {
    return new SampleDataGenerator(rubric, profile).good();
  }

  /** A short file of the same kind whose rows 3, 7, 11, 15 and 19 are bad in different ways. */
  public static String csvWithBadRows(Rubric rubric, Profile profile) {
    return new SampleDataGenerator(rubric, profile).withBadRows();
  }

  private List<String> header() {
    List<String> columns = new ArrayList<>(List.of("id", "subject", "period"));
    profile.tags().keySet().forEach(t -> columns.add("tag." + t));
    indicators.forEach(i -> columns.add(i.id()));
    vetoFlags.forEach(f -> columns.add("flag." + f));
    columns.add("evidence." + indicators.get(0).id());
    return columns;
  }

  private String good() {
    StringBuilder out = new StringBuilder();
    line(out, header());
    for (int row = 1; row <= profile.rows(); row++) {
      line(out, row(row));
    }
    return out.toString();
  }

  private String withBadRows() {
    List<String> header = header();
    StringBuilder out = new StringBuilder();
    line(out, header);
    int firstValue = 3 + profile.tags().size();
    for (int row = 1; row <= 24; row++) {
      List<String> cells = row(row);
      switch (row) {
        case 3 -> cells.set(firstValue, corrupt(indicators.get(0)));
        case 11 -> cells.set(firstValue + indicators.size() - 1, outOfRange(indicators.get(indicators.size() - 1)));
        case 15 -> cells.set(0, "");
        case 19 -> cells.set(2, "2024-13-01");
        case 21 -> cells.set(firstValue, "");
        default -> { }
      }
      line(out, cells);
    }
    return out.toString();
  }

  /** A value of the wrong form for {@code indicator}: a percent without %, a unitless duration. */
  private static String corrupt(Indicator indicator) {
    return switch (indicator.rule().measure()) {
      case PERCENT -> "85";
      case DURATION -> "4 hours";
      case LEVEL -> "9";
      case COUNT -> "-1";
      default -> "abc";
    };
  }

  /** A value of the right form that the rule cannot score: a level not declared, 120 %. */
  private static String outOfRange(Indicator indicator) {
    return switch (indicator.rule().measure()) {
      case PERCENT -> "120%";
      case DURATION -> "-5m";
      case LEVEL -> "7";
      case COUNT -> "1.5";
      default -> "NaN";
    };
  }

  private List<String> row(int row) {
    boolean roster = profile.monthly() && profile.rows() == profile.subjects() * 12;
    int subject = roster ? (row - 1) % profile.subjects() : random.nextInt(profile.subjects());
    double quality = skill[subject];
    List<String> cells = new ArrayList<>();
    cells.add(initials(rubric.id()) + "-2024-" + String.format("%05d", row));
    cells.add(String.format("%s%02d", profile.subjectPrefix(), subject + 1));
    cells.add(roster ? String.format("2024-%02d", (row - 1) / profile.subjects() + 1) : period());
    boolean first = true;
    for (List<String> values : profile.tags().values()) {
      // The first tag belongs to the subject (an agent's team, a customer's segment); the others vary.
      cells.add(values.get(first ? subject % values.size() : random.nextInt(values.size())));
      first = false;
    }
    for (Indicator i : indicators) {
      cells.add(value(i, quality));
    }
    vetoFlags.forEach(f -> cells.add(random.nextDouble() < profile.vetoRate() ? "true" : "false"));
    cells.add(random.nextInt(6) == 0 ? EVIDENCE[random.nextInt(EVIDENCE.length)] : "");
    return cells;
  }

  private static String initials(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(part.charAt(0));
    }
    return out.toString();
  }

  private String period() {
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
    return profile.monthly() ? day.toString().substring(0, 7) : day.toString();
  }

  private String value(Indicator indicator, double quality) {
    if (indicator.rule() instanceof LevelRule levels) {
      if (rubric.notApplicablePolicy() == NotApplicablePolicy.REDISTRIBUTE
          && random.nextDouble() < profile.notApplicableRate()) {
        return "n/a";
      }
      int fromTop = steps(quality, levels.levels().size() - 1);
      return Integer.toString(levels.levels().get(levels.levels().size() - 1 - fromTop).value());
    }
    if (indicator.rule() instanceof BandRule bands) {
      List<Band> best = new ArrayList<>(bands.bands());
      best.sort(Comparator.comparing(Band::score).reversed());
      Band band = best.get(steps(quality, best.size() - 1));
      return Quantity.of(bands.measure(), inside(bands.measure(), band.range())).toString();
    }
    if (indicator.rule() instanceof DeductionRule d) {
      return Quantity.of(d.measure(), deductionValue(d, quality)).toString();
    }
    if (indicator.rule() instanceof OccurrenceRule) {
      return Integer.toString(steps(quality, 6));
    }
    throw new IllegalStateException("no sample values for rule " + indicator.rule().kind());
  }

  /** 0 with probability {@code quality}, else one more step, and so on, at most {@code max}. */
  private int steps(double quality, int max) {
    int k = 0;
    while (k < max && random.nextDouble() > quality) {
      k++;
    }
    return k;
  }

  private BigDecimal deductionValue(DeductionRule d, double quality) {
    int beyond = steps(quality, 14);
    Interval target = d.target();
    BigDecimal step = d.step().amount();
    if (!target.upper().isUnbounded()) {
      BigDecimal edge = target.upper().amountOrNull();
      if (beyond == 0) {
        return grid(d.measure(), edge.multiply(BigDecimal.valueOf(random.nextDouble())));
      }
      return grid(d.measure(), edge.add(step.multiply(BigDecimal.valueOf(beyond - random.nextDouble()))));
    }
    BigDecimal edge = target.lower().amountOrNull();
    BigDecimal top = d.measure() == Measure.PERCENT ? edge.add(edge.max(new BigDecimal("0.1"))).min(BigDecimal.ONE)
        : edge.add(step.multiply(BigDecimal.valueOf(3)));
    if (beyond == 0) {
      return d.measure() == Measure.NUMBER ? edge
          : grid(d.measure(), edge.add(top.subtract(edge).multiply(BigDecimal.valueOf(random.nextDouble()))));
    }
    BigDecimal value = edge.subtract(step.multiply(BigDecimal.valueOf(beyond)));
    return value.signum() < 0 ? BigDecimal.ZERO : grid(d.measure(), value);
  }

  /** A value inside {@code range}, now and then exactly on an inclusive end. */
  private BigDecimal inside(Measure measure, Interval range) {
    Bound lower = range.lower();
    Bound upper = range.upper();
    BigDecimal low = lower.isUnbounded() ? BigDecimal.ZERO : lower.amountOrNull();
    BigDecimal high = upper.isUnbounded() ? (low.signum() == 0 ? BigDecimal.ONE : low.multiply(BigDecimal.valueOf(2)))
        : upper.amountOrNull();
    if (upper.isInclusive() && random.nextInt(12) == 0) {
      return high;
    }
    if (lower.isInclusive() && random.nextInt(12) == 0) {
      return low;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      BigDecimal v = grid(measure, low.add(high.subtract(low).multiply(BigDecimal.valueOf(random.nextDouble()))));
      if (range.contains(v)) {
        return v;
      }
    }
    return upper.isInclusive() ? high : low;
  }

  /** Whole seconds for durations, tenths of a percent for percents, whole numbers otherwise. */
  private static BigDecimal grid(Measure measure, BigDecimal value) {
    return switch (measure) {
      case PERCENT -> value.min(BigDecimal.ONE).setScale(3, RoundingMode.HALF_UP);
      default -> value.setScale(0, RoundingMode.HALF_UP);
    };
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int k = 0; k < cells.size(); k++) {
      if (k > 0) {
        out.append(',');
      }
      String c = cells.get(k);
      out.append(c.contains(",") || c.contains("\"") || c.contains("\n")
          ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    out.append('\n');
  }

  /** The profiles of the bundled samples, by rubric file name. */
  public static Map<String, Profile> profiles() {
    Map<String, List<String>> agentTags = new LinkedHashMap<>();
    agentTags.put("team", List.of("after-sales", "pre-sales", "vip-care"));
    agentTags.put("customerType", List.of("vip", "regular", "new"));
    agentTags.put("channel", List.of("phone", "online", "email"));
    Map<String, List<String>> customerTags = new LinkedHashMap<>();
    customerTags.put("segment", List.of("high-value", "regular", "potential"));
    customerTags.put("industry", List.of("technology", "manufacturing", "retail"));
    Map<String, Profile> profiles = new LinkedHashMap<>();
    profiles.put("crm-service-quality", new Profile(800, "agent-", 12, agentTags, false, 0.04, 0, 1001));
    profiles.put("crm-maintenance-monitoring", new Profile(480, "KH20240", 40, customerTags, true, 0.02, 0, 1002));
    profiles.put("satisfaction-tracking", new Profile(1500, "agent-", 15, agentTags, false, 0.03, 0, 1003));
    profiles.put("service-standards-monthly", new Profile(240, "agent-", 20, agentTags, true, 0, 0.015, 1004));
    profiles.put("service-standards-combined", new Profile(240, "agent-", 20, agentTags, true, 0, 0.015, 1005));
    profiles.put("contact-center-workflow", new Profile(2000, "agent-", 16, agentTags, false, 0.05, 0, 1006));
    return profiles;
  }

  /**
   * Regenerates the bundled samples.
   *
   * @param args the rubrics folder and the output folder (defaults: the samples module's
   *     resources, run from the repository root)
   */
  public static void main(String[] args) {
    Path rubrics = Path.of(args.length > 0 ? args[0] : "samples/src/main/resources/rubrics");
    Path out = Path.of(args.length > 1 ? args[1] : "samples/src/main/resources/samples");
    try {
      Files.createDirectories(out);
      for (Map.Entry<String, Profile> e : profiles().entrySet()) {
        Rubric rubric = org.rubric4j.yaml.RubricReader.create()
            .read(rubrics.resolve(e.getKey() + ".yaml")).rubric();
        Files.writeString(out.resolve(e.getKey() + ".csv"), csv(rubric, e.getValue()), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(e.getKey() + ".bad-rows.csv"),
            csvWithBadRows(rubric, e.getValue()), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
