package org.rubric4j.review;

import java.util.Objects;
import org.rubric4j.analytics.AnalyticsException;

/**
 * One reviewer's level for one indicator of one item (an interaction, a ticket, a recording),
 * as in a calibration session where several reviewers score the same items: the CSV columns
 * {@code item,rater,indicator,level}.
 *
 * @param item what was rated
 * @param rater who rated it
 * @param indicator the level-rated indicator
 * @param level the level given
 */
public record Rating(String item, String rater, String indicator, int level) {

  /** Checks that item, rater and indicator are present and not blank. */
  public Rating {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(indicator, "indicator");
    if (item.isBlank() || rater.isBlank() || indicator.isBlank()) {
      throw AnalyticsException.of("a rating needs an item, a rater and an indicator, was " + item + ","
          + rater + "," + indicator + "," + level);
    }
  }

  /** {@code item,rater,indicator,level}. */
  @Override
  public String toString() {
    return item + "," + rater + "," + indicator + "," + level;
  }
}
