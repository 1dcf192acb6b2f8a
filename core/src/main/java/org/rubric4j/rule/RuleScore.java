package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
import org.rubric4j.internal.ValueText;

/**
 * What a {@link ScoringRule} gave one value: the points and the reason in the rule's own terms.
 *
 * <p>{@link #matched()} is written on first use: scoring a million observations should not
 * format a million band labels nobody reads. Immutable and thread-safe.
 */
public final class RuleScore {

  private final BigDecimal points;
  /** What decided the points: a Band or Level (their text is written on demand), a String, or a Supplier. */
  private Object basis;
  private volatile String matched;

  private RuleScore(BigDecimal points, Object basis) {
    this.points = ValueText.canonical(Objects.requireNonNull(points, "points"));
    this.basis = Objects.requireNonNull(basis, "matched");
  }

  /**
   * The score {@code points}, decided by {@code matched}.
   *
   * @param points the points awarded, between the rule's minimum and maximum
   * @param matched the band, level or step count that decided it, such as {@code (2h, 6h]},
   *     {@code 5 方案超出客户预期} or {@code 1 step of 10s beyond <= 30s}
   */
  public static RuleScore of(BigDecimal points, String matched) {
    Objects.requireNonNull(matched, "matched");
    RuleScore score = new RuleScore(points, matched);
    score.matched = matched;
    return score;
  }

  /** The score {@code points}, whose explanation is written only when asked for. */
  static RuleScore deferred(BigDecimal points, Supplier<String> matched) {
    return new RuleScore(points, matched);
  }

  /** The score of the band {@code band}: its range is the explanation. */
  static RuleScore of(Band band) {
    return new RuleScore(band.score(), band);
  }

  /** The score of the level {@code level}. */
  static RuleScore of(Level level, BigDecimal points) {
    return new RuleScore(points, level);
  }

  /** The points awarded, between the rule's minimum and maximum, without trailing zeros. */
  public BigDecimal points() {
    return points;
  }

  /** The band, level or step count that decided the points. */
  public String matched() {
    String m = matched;
    if (m == null) {
      synchronized (this) {
        m = matched;
        if (m == null) {
          m = basis instanceof Band band ? band.range().toString()
              : basis instanceof Supplier<?> supplier ? (String) supplier.get()
              : basis.toString();
          matched = m;
          basis = null;
        }
      }
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleScore r && points.equals(r.points) && matched().equals(r.matched());
  }

  @Override
  public int hashCode() {
    return 31 * points.hashCode() + matched().hashCode();
  }

  @Override
  public String toString() {
    return ValueText.plain(points) + " (" + matched() + ")";
  }
}
