package org.rubric4j;

import org.rubric4j.internal.DecimalLongs;

/**
 * The fast path's total when some indicators do not apply (n/a, missing under
 * {@code missing: not-applicable}, or outside an {@code appliesWhen}): each dimension's
 * fraction is the share-weighted mean of its applicable children, as exact fractions of
 * longs, and the total is the root's fraction × scale, rounded half-up once.
 *
 * <p>Shares are integers per group of siblings (only their ratios matter once the applicable
 * ones are weighted again), and an indicator's fraction (points − min) / width has every
 * number at the plan's point scale. {@link #total} gives {@link DecimalLongs#NONE} when a
 * product would overflow, a fraction is negative, or nothing applies; the general path then
 * gives the same evaluation or names the problem. Immutable.
 */
final class FastTree {

  /** Marks an indicator that does not apply; no scaled points can be this. */
  static final long NOT_APPLICABLE = Long.MIN_VALUE + 1;

  /** A dimension: either indicators ({@code leaves}) or sub-dimensions ({@code children}). */
  static final class Node {
    private final int[] leaves;
    private final long[] minimums;
    private final long[] multipliers;
    private final long groupDenominator;
    private final Node[] children;
    private final long[] shares;

    private Node(int[] leaves, long[] minimums, long[] multipliers, long groupDenominator,
        Node[] children, long[] shares) {
      this.leaves = leaves;
      this.minimums = minimums;
      this.multipliers = multipliers;
      this.groupDenominator = groupDenominator;
      this.children = children;
      this.shares = shares;
    }

    /**
     * A dimension of indicators: their positions, integer shares, minimum points, and the
     * multipliers that bring each (points − min) / width to the group's denominator.
     */
    static Node ofIndicators(int[] leaves, long[] shares, long[] minimums, long[] multipliers,
        long groupDenominator) {
      return new Node(leaves, minimums, multipliers, groupDenominator, null, shares);
    }

    /** A dimension of sub-dimensions with integer shares. */
    static Node ofDimensions(Node[] children, long[] shares) {
      return new Node(null, null, null, 0, children, shares);
    }
  }

  private final Node root;
  private final long scaleNumerator;
  private final long scaleDenominator;
  private final long roundingFactor;

  FastTree(Node root, long scaleNumerator, long scaleDenominator, int precision) {
    this.root = root;
    this.scaleNumerator = scaleNumerator;
    this.scaleDenominator = scaleDenominator;
    this.roundingFactor = DecimalLongs.tenTo(precision);
  }

  /**
   * The total's digits at the rubric's precision, rounded half-up, given every indicator's
   * points ({@link #NOT_APPLICABLE} where it does not apply); {@link DecimalLongs#NONE} when
   * the longs cannot tell.
   */
  long total(long[] points) {
    long[] fraction = new long[2];
    try {
      if (!fraction(root, points, fraction) || fraction[0] < 0) {
        return DecimalLongs.NONE;
      }
      long numerator = Math.multiplyExact(Math.multiplyExact(fraction[0], scaleNumerator), roundingFactor);
      long denominator = Math.multiplyExact(fraction[1], scaleDenominator);
      long quotient = numerator / denominator;
      long remainder = numerator % denominator;
      return remainder >= denominator - remainder ? quotient + 1 : quotient;
    } catch (ArithmeticException overflow) {
      return DecimalLongs.NONE;
    }
  }

  /** Writes the node's fraction into {@code out} (reduced); false when nothing in it applies. */
  private static boolean fraction(Node node, long[] points, long[] out) {
    long numerator = 0;
    long denominator;
    long shareSum = 0;
    if (node.leaves != null) {
      for (int j = 0; j < node.leaves.length; j++) {
        long p = points[node.leaves[j]];
        if (p != NOT_APPLICABLE) {
          long above = Math.subtractExact(p, node.minimums[j]);
          numerator = Math.addExact(numerator,
              Math.multiplyExact(node.shares[j], Math.multiplyExact(above, node.multipliers[j])));
          shareSum += node.shares[j];
        }
      }
      denominator = shareSum == 0 ? 0 : Math.multiplyExact(node.groupDenominator, shareSum);
    } else {
      long[] child = new long[2];
      long common = 1;
      long[] nums = new long[node.children.length];
      long[] dens = new long[node.children.length];
      for (int j = 0; j < node.children.length; j++) {
        if (fraction(node.children[j], points, child)) {
          nums[j] = child[0];
          dens[j] = child[1];
          common = Math.multiplyExact(common / gcd(common, child[1]), child[1]);
          shareSum += node.shares[j];
        }
      }
      for (int j = 0; j < node.children.length; j++) {
        if (dens[j] != 0) {
          numerator = Math.addExact(numerator,
              Math.multiplyExact(node.shares[j], Math.multiplyExact(nums[j], common / dens[j])));
        }
      }
      denominator = shareSum == 0 ? 0 : Math.multiplyExact(common, shareSum);
    }
    if (denominator == 0) {
      return false;
    }
    if (numerator == Long.MIN_VALUE) {
      throw new ArithmeticException("no absolute value");
    }
    long g = gcd(Math.abs(numerator), denominator);
    out[0] = numerator / g;
    out[1] = denominator / g;
    return true;
  }

  /** The greatest common divisor of two non-negative longs, the second positive. */
  private static long gcd(long a, long b) {
    while (a != 0) {
      long t = b % a;
      b = a;
      a = t;
    }
    return b;
  }
}
