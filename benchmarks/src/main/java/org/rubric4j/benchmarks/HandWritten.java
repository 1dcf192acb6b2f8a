package org.rubric4j.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a careful developer would write by hand for the seed 000 and seed 003 rubrics: the
 * baselines rubric4j is measured against. The exact versions compute the same totals and
 * grades as rubric4j, digit for digit (a test checks it); the {@code double} versions are
 * what a less careful one would write.
 */
public final class HandWritten {

  private static final BigDecimal P10 = new BigDecimal("0.1");
  private static final BigDecimal P15 = new BigDecimal("0.15");
  private static final BigDecimal F60 = new BigDecimal("0.6");
  private static final BigDecimal F70 = new BigDecimal("0.7");
  private static final BigDecimal F80 = new BigDecimal("0.8");
  private static final BigDecimal F90 = new BigDecimal("0.9");
  private static final BigDecimal G15 = new BigDecimal("1.5");
  private static final BigDecimal G25 = new BigDecimal("2.5");
  private static final BigDecimal G35 = new BigDecimal("3.5");
  private static final BigDecimal G45 = new BigDecimal("4.5");
  private static final BigDecimal S30 = BigDecimal.valueOf(30);
  private static final BigDecimal S60 = BigDecimal.valueOf(60);
  private static final BigDecimal MAX20 = BigDecimal.valueOf(20);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal FCR_TARGET = new BigDecimal("0.85");
  private static final BigDecimal FCR_ZERO = new BigDecimal("0.75");
  private static final BigDecimal PERCENT = new BigDecimal("0.01");
  private static final BigDecimal MAX30 = BigDecimal.valueOf(30);
  private static final BigDecimal REC_TARGET = new BigDecimal("0.10");
  private static final BigDecimal REC_ZERO = new BigDecimal("0.05");
  private static final BigDecimal G60 = BigDecimal.valueOf(60);
  private static final BigDecimal G80 = BigDecimal.valueOf(80);
  private static final BigDecimal G90 = BigDecimal.valueOf(90);
  private static final BigDecimal ZERO_TOTAL = BigDecimal.ZERO.setScale(2);

  private HandWritten() {}

  /** A total and its grade. */
  public record Scored(BigDecimal total, String grade) {}

  // ---- seed 000 -----------------------------------------------------------------------------

  static int firstResponseBand(long seconds) {
    if (seconds <= 2 * 3600) {
      return 5;
    } else if (seconds <= 6 * 3600) {
      return 4;
    } else if (seconds <= 12 * 3600) {
      return 3;
    } else if (seconds <= 24 * 3600) {
      return 2;
    }
    return 1;
  }

  static int resolutionBand(long seconds) {
    if (seconds <= 12 * 3600) {
      return 5;
    } else if (seconds <= 24 * 3600) {
      return 4;
    } else if (seconds <= 3 * 86400) {
      return 3;
    } else if (seconds <= 5 * 86400) {
      return 2;
    }
    return 1;
  }

  static int fcrBand(BigDecimal fraction) {
    if (fraction.compareTo(F60) < 0) {
      return 1;
    } else if (fraction.compareTo(F70) < 0) {
      return 2;
    } else if (fraction.compareTo(F80) < 0) {
      return 3;
    } else if (fraction.compareTo(F90) < 0) {
      return 4;
    }
    return 5;
  }

  static String seed000Grade(BigDecimal total) {
    if (total.compareTo(G45) >= 0) {
      return "excellent";
    } else if (total.compareTo(G35) >= 0) {
      return "good";
    } else if (total.compareTo(G25) >= 0) {
      return "pass";
    } else if (total.compareTo(G15) >= 0) {
      return "basic-pass";
    }
    return "fail";
  }

  /** Seed 000 in exact decimals: Σ dimension weight × mean rating, rounded half-up to 2 decimals. */
  public static Scored seed000Exact(Seed000Input in) {
    // Nanosecond durations in seconds, compared exactly: a duration above 2 h by 1 ns is above.
    long frt = ceilSeconds(in.firstResponse());
    long res = ceilSeconds(in.resolution());
    int responsiveness = firstResponseBand(frt) + resolutionBand(res);
    int solving = fcrBand(in.fcr()) + in.solution();
    int communication = in.clarity() + in.expertise();
    BigDecimal total = BigDecimal.valueOf(responsiveness).multiply(P10)
        .add(BigDecimal.valueOf(solving).multiply(P15))
        .add(BigDecimal.valueOf(communication).multiply(P10))
        .add(BigDecimal.valueOf(in.emotion()).multiply(P15))
        .add(BigDecimal.valueOf(in.followUp()).multiply(P15))
        .setScale(2, RoundingMode.HALF_UP);
    return new Scored(total, seed000Grade(total));
  }

  /** Seed 000 in binary floating point, rounded with Math.round. */
  public static double seed000Double(Seed000Input in) {
    double frt = in.firstResponse().toNanos() / 1e9;
    double res = in.resolution().toNanos() / 1e9;
    double fcr = in.fcr().doubleValue();
    int a = frt <= 7200 ? 5 : frt <= 21600 ? 4 : frt <= 43200 ? 3 : frt <= 86400 ? 2 : 1;
    int b = res <= 43200 ? 5 : res <= 86400 ? 4 : res <= 259200 ? 3 : res <= 432000 ? 2 : 1;
    int c = fcr < 0.6 ? 1 : fcr < 0.7 ? 2 : fcr < 0.8 ? 3 : fcr < 0.9 ? 4 : 5;
    double total = 0.2 * (a + b) / 2 + 0.3 * (c + in.solution()) / 2
        + 0.2 * (in.clarity() + in.expertise()) / 2 + 0.15 * in.emotion() + 0.15 * in.followUp();
    return Math.round(total * 100) / 100.0;
  }

  private static long ceilSeconds(java.time.Duration d) {
    return d.getNano() == 0 ? d.getSeconds() : d.getSeconds() + 1;
  }

  // ---- seed 003 -----------------------------------------------------------------------------

  /** Seed 003 monthly assessment in exact decimals (table 1's rules; see SeedServiceStandardsTest). */
  public static Scored seed003Exact(Seed003Input in) {
    BigDecimal efficiency = deduction(seconds(in.firstResponse()), S30, true, BigDecimal.TEN, TWO, MAX20, S60);
    BigDecimal attitude = BigDecimal.valueOf(Math.max(0, 25 - 5 * in.slips()));
    BigDecimal fcr = deduction(in.fcr(), FCR_TARGET, false, PERCENT, BigDecimal.ONE, MAX30, FCR_ZERO);
    BigDecimal compliance = BigDecimal.valueOf(in.recordErrors() >= 3 ? 0 : Math.max(0, 15 - 3 * in.recordErrors()));
    BigDecimal valueAdd = deduction(in.recommendation(), REC_TARGET, false, PERCENT, BigDecimal.ONE,
        BigDecimal.TEN, REC_ZERO);
    BigDecimal raw = efficiency.add(attitude).add(fcr).add(compliance).add(valueAdd).setScale(2, RoundingMode.HALF_UP);
    if (in.fraud()) {
      return new Scored(ZERO_TOTAL, "needs-improvement");
    }
    String grade = raw.compareTo(G90) >= 0 ? "excellent"
        : raw.compareTo(G80) >= 0 ? "good"
        : raw.compareTo(G60) >= 0 ? "pass" : "needs-improvement";
    return new Scored(raw, grade);
  }

  /**
   * Seed 003 in binary floating point. Percents are first rounded to basis points: the
   * naive {@code Math.ceil((0.85 - 0.82) / 0.01)} is 4, not 3, because 0.85 − 0.82 is
   * 0.030000000000000027 in binary, and would score an FCR of 82 % as 26 instead of 27.
   */
  public static double seed003Double(Seed003Input in) {
    if (in.fraud()) {
      return 0;
    }
    double frt = in.firstResponse().toNanos() / 1e9;
    double eff = frt <= 30 ? 20 : frt > 60 ? 0 : Math.max(0, 20 - 2 * Math.ceil((frt - 30) / 10));
    double att = Math.max(0, 25 - 5 * in.slips());
    long f = Math.round(in.fcr().doubleValue() * 10_000);
    double fcr = f >= 8500 ? 30 : f < 7500 ? 0 : Math.max(0, 30 - Math.ceil((8500 - f) / 100.0));
    double comp = in.recordErrors() >= 3 ? 0 : Math.max(0, 15 - 3 * in.recordErrors());
    long r = Math.round(in.recommendation().doubleValue() * 10_000);
    double val = r >= 1000 ? 10 : r < 500 ? 0 : Math.max(0, 10 - Math.ceil((1000 - r) / 100.0));
    return Math.round((eff + att + fcr + comp + val) * 100) / 100.0;
  }

  private static BigDecimal seconds(java.time.Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }

  /**
   * Full points when the value meets the target (at most it when {@code atMost}, at least it
   * otherwise), zero beyond the cut-off, else minus {@code deduct} per started step.
   */
  private static BigDecimal deduction(BigDecimal value, BigDecimal target, boolean atMost,
      BigDecimal step, BigDecimal deduct, BigDecimal max, BigDecimal zeroBeyond) {
    int c = value.compareTo(target);
    if (atMost ? c <= 0 : c >= 0) {
      return max;
    }
    int z = value.compareTo(zeroBeyond);
    if (atMost ? z > 0 : z < 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal distance = atMost ? value.subtract(target) : target.subtract(value);
    BigDecimal steps = distance.divide(step, 0, RoundingMode.CEILING);
    return max.subtract(deduct.multiply(steps)).max(BigDecimal.ZERO);
  }
}
