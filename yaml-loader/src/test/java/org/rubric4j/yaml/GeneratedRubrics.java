package org.rubric4j.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.rubric4j.DimensionBuilder;
import org.rubric4j.IndicatorBuilder;
import org.rubric4j.Measure;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;
import org.rubric4j.rule.StepCounting;

/**
 * jqwik arbitraries for valid rubrics of every shape the format allows: nested dimensions, the
 * four rule kinds over every measure, weights or none, grades, flags, vetoes, and texts that
 * YAML likes to misread ({@code yes}, {@code 010}, {@code "[0, 2h]"}, multi-line, Unicode).
 */
final class GeneratedRubrics {

  private GeneratedRubrics() {}

  /** Texts chosen to trip a careless YAML writer, plus random Unicode. */
  static Arbitrary<String> trickyText() {
    return Arbitraries.oneOf(
        Arbitraries.of("yes", "no", "on", "off", "true", "false", "null", "~", "010", "0x10", "1_000",
            "1.0", "12", "-3", ".inf", "NaN", "[0, 2h]", "(2h, 6h]", "<= 2h", "> 24h", "85%", "a: b", "- x",
            "# not a comment", "&anchor", "*alias", "!tag", "@at", "`tick`", "'single'", "\"double\"",
            "line one\nline two", "trailing space ", " leading", "", "客户关系维护服务质量评分", "emoji 😀",
            "tab\there", "%percent", "{a}", "a,b", "?", "|", ">", "0", "1e5", "2024-09-17", "Y", "n"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').ofMinLength(1).ofMaxLength(8));
  }

  private static Arbitrary<String> optionalText() {
    return Arbitraries.oneOf(Arbitraries.just((String) null), trickyText());
  }

  /** Valid rubrics. */
  static Arbitrary<Rubric> rubrics() {
    Arbitrary<Integer> seeds = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<String> version = optionalText();
    Arbitrary<String> name = optionalText();
    Arbitrary<String> anchor = trickyText();
    return Combinators.combine(seeds, version, name, anchor).as(GeneratedRubrics::build);
  }

  private static Rubric build(int seed, String version, String name, String anchor) {
    java.util.Random r = new java.util.Random(seed);
    long scale = new long[] {1, 5, 10, 30, 100}[r.nextInt(5)];
    RubricBuilder b = Rubric.builder("gen-" + Integer.toString(seed, 36));
    if (version != null) {
      b.version(version);
    }
    if (name != null) {
      b.name(name);
    }
    if (r.nextBoolean()) {
      b.description(anchor + "\nsecond line: " + seed);
    }
    b.scale(scale).precision(r.nextInt(4));
    b.normalize(r.nextBoolean() ? Normalization.RATIO : Normalization.RANGE);
    b.notApplicable(r.nextBoolean() ? NotApplicablePolicy.REDISTRIBUTE : NotApplicablePolicy.FORBID);
    b.missing(r.nextBoolean() ? MissingPolicy.ERROR : MissingPolicy.NOT_APPLICABLE);
    boolean grades = r.nextBoolean();
    if (grades) {
      BigDecimal cut = BigDecimal.valueOf(scale).divide(BigDecimal.valueOf(2));
      b.grade("high", g -> g.name(anchor).range("[" + cut.toPlainString() + ", " + scale + "]")
          .attribute("bonusFactor", new BigDecimal("1.20")).attribute("label", anchor).attribute("star", true));
      b.grade("low", g -> g.range("[0, " + cut.toPlainString() + ")"));
    }
    boolean flags = r.nextBoolean();
    if (flags) {
      b.flag("review-manipulated", anchor).flag("other_flag");
    }
    Counter ids = new Counter();
    int dims = 1 + r.nextInt(3);
    List<Integer> weights = split(r, dims);
    List<String> indicatorIds = new ArrayList<>();
    List<String> dimensionIds = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      int weight = weights == null ? 0 : weights.get(d);
      String id = "d" + ids.next();
      dimensionIds.add(id);
      b.dimension(id, db -> dimension(db, r, weight, 0, ids, indicatorIds, anchor, scale));
    }
    if (r.nextBoolean()) {
      boolean scoped = r.nextBoolean();
      b.veto("v-flag", v -> {
        v.name(anchor).whenFlag("review-manipulated").score(0);
        if (grades) {
          v.grade("low");
        }
        if (scoped) {
          v.scope(dimensionIds.get(0));
        }
      });
    }
    if (r.nextBoolean()) {
      b.veto("v-below", v -> v.whenScoreBelow(indicatorIds.get(0), new BigDecimal("0.5")).score(BigDecimal.ONE));
    }
    return b.build();
  }

  private static void dimension(DimensionBuilder db, java.util.Random r, int weight, int depth,
      Counter ids, List<String> indicatorIds, String anchor, long scale) {
    if (weight > 0) {
      db.weight(weight + "%");
    }
    if (r.nextInt(4) == 0) {
      db.name(anchor);
    }
    if (r.nextInt(5) == 0) {
      db.appliesWhen("ticketType", "complaint", anchor.isEmpty() ? "x" : anchor.equals("complaint") ? "y" : anchor);
    }
    if (r.nextInt(6) == 0) {
      db.grade("ok", g -> g.range("[0, " + scale + "]"));
    }
    if (depth < 2 && r.nextInt(4) == 0) {
      int subs = 1 + r.nextInt(2);
      List<Integer> weights = split(r, subs);
      for (int s = 0; s < subs; s++) {
        int w = weights == null ? 0 : weights.get(s);
        db.dimension("d" + ids.next(), sb -> dimension(sb, r, w, depth + 1, ids, indicatorIds, anchor, scale));
      }
      return;
    }
    int count = 1 + r.nextInt(3);
    List<Integer> weights = split(r, count);
    for (int i = 0; i < count; i++) {
      int w = weights == null ? 0 : weights.get(i);
      String id = "i" + ids.next();
      indicatorIds.add(id);
      db.indicator(id, ib -> indicator(ib, r, w, anchor));
    }
  }

  private static void indicator(IndicatorBuilder ib, java.util.Random r, int weight, String anchor) {
    if (weight > 0) {
      ib.weight(weight + "%");
    }
    if (r.nextInt(3) == 0) {
      ib.name(anchor).description("d: " + anchor);
    }
    switch (r.nextInt(8)) {
      case 0 -> ib.bands(Measure.DURATION).band(5, "<= 2h").band(4, "(2h, 6h]").band(3, "(6h, 1d12h]")
          .band(new BigDecimal("0.5"), "> 36h");
      case 1 -> ib.bands(Measure.PERCENT).band(1, "[0%, 60%)").band(new BigDecimal("2.25"), "[60%, 90.5%)")
          .band(3, "[90.5%, 100%]").outOf(4);
      case 2 -> ib.bands(Measure.NUMBER).band(1, "[0, 2.5)").band(2, "[2.5, 5]");
      case 3 -> ib.bands(Measure.COUNT).band(3, "[0, 0]").band(1, "[1, 3]").band(0, "> 3");
      case 4 -> ib.levels().level(1, anchor).level(2, "").level(5, "超出预期");
      case 5 -> ib.deduction(Measure.DURATION).max(20).target("<= 30s").step("10s").deduct(2).zero("> 60s");
      case 6 -> ib.deduction(Measure.PERCENT).max(30).target(">= 85%").step("0.5%").deduct(new BigDecimal("1.5"))
          .zero("< 75%").steps(StepCounting.COMPLETED);
      default -> ib.occurrences().max(15).deduct(3).zeroAt(1 + r.nextInt(4));
    }
  }

  /** Integer percents summing to 100, or null for "no weights". */
  private static List<Integer> split(java.util.Random r, int n) {
    if (r.nextInt(3) == 0) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    int left = 100;
    for (int i = 0; i < n - 1; i++) {
      int w = 1 + r.nextInt(left - (n - 1 - i));
      out.add(w);
      left -= w;
    }
    out.add(left);
    return out;
  }

  private static final class Counter {
    private int n;

    int next() {
      return n++;
    }
  }
}
