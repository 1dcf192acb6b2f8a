package org.rubric4j.analytics;

import org.rubric4j.RubricException;





/**
 * An analytics input cannot be used as given: aggregates grouped differently merged together,
 * a rating given twice by one rater for one item, a KPI naming an indicator the rubric does
 * not have, a category list with overlapping ranges.
 *
 * <p>The message says what was found, what was expected and how to fix it; {@link #path()}
 * names the offending element ({@code kpis[2].target}, {@code ratings[17]}) or is empty when
 * the whole input is at fault. Unchecked, like every {@link RubricException}.
 */
public final class AnalyticsException extends RubricException {

  private static final long serialVersionUID = 1L;

  /** An exception at {@code path} with a complete message. */
  public AnalyticsException(String path, String message) {
    super(path, message, null);
  }

  /** An exception about the whole input. */
  public static AnalyticsException of(String message) {
    return new AnalyticsException("", message);
  }
}
