package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.rubric4j.Evaluation;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.internal.Decimals;

/**
 * Maintenance cadence coverage (seed 001, "定期维护覆盖率100%"): which subjects were due for a
 * maintenance contact in a reporting period, by the {@link Cadence} of their segment, and
 * whether a contact (an evaluation of that subject) happened in each due window.
 *
 * <pre>{@code
 * CadenceCoverage plan = CadenceCoverage.builder()
 *     .segment("high-value", Cadence.MONTHLY).segment("regular", Cadence.QUARTERLY)
 *     .segment("potential", Cadence.EVERY_TWO_MONTHS)
 *     .subject("KH2024001", "high-value").subject("KH2024002", "regular").subject("KH2024003", "potential")
 *     .build();
 * CadenceCoverage.Report march = plan.report(ReportingPeriod.parse("2024-03"), evaluations);
 * march.coverage();    // visited windows / due windows
 * }</pre>
 *
 * <p><b>Due.</b> A cadence of k months splits each year into windows of k months from January.
 * A window is due in the reporting period when it <em>ends</em> in that period: in March a
 * monthly subject is due for March, a quarterly one for January–March, and a subject seen every
 * two months is not due (its March–April window ends in April). A window is <b>visited</b> when
 * an evaluation of the subject has a period lying wholly inside the window (a day, or a month
 * inside it). Evaluations that cannot be attributed are counted in {@link Report#exclusions()},
 * never dropped: no subject ({@code no-subject}), no period ({@code no-period}), a subject not in
 * the plan ({@code unplanned-subject}), a period wider than the subject's window
 * ({@code period-too-coarse}), or a period in no window due in this report ({@code outside-period}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CadenceCoverage {

  private final Map<String, Cadence> segments;
  private final Map<String, String> subjects;

  private CadenceCoverage(Map<String, Cadence> segments, Map<String, String> subjects) {
    this.segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    this.subjects = Collections.unmodifiableMap(new TreeMap<>(subjects));
  }

  /** A builder of segments and subjects. */
  public static Builder builder() {
    return new Builder();
  }

  /** Each segment's cadence, in declared order. */
  public Map<String, Cadence> segments() {
    return segments;
  }

  /** Each subject's segment, by subject. */
  public Map<String, String> subjects() {
    return subjects;
  }

  /**
   * One window in which a subject was due.
   *
   * @param subject who was due
   * @param segment the subject's segment
   * @param first the first day of the window
   * @param last the last day of the window
   * @param visited whether an evaluation of the subject fell in the window
   */
  public record Window(String subject, String segment, LocalDate first, LocalDate last, boolean visited) {
    /** Checks every part is present. */
    public Window {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
    }
  }

  /**
   * The coverage of one reporting period.
   *
   * @param period the reporting period
   * @param windows every due window, by subject then date
   * @param exclusions evaluations that counted for no window, with reasons
   */
  public record Report(ReportingPeriod period, List<Window> windows, DataQuality exclusions) {
    /** Copies the windows. */
    public Report {
      Objects.requireNonNull(period, "period");
      windows = List.copyOf(windows);
      Objects.requireNonNull(exclusions, "exclusions");
    }

    /** How many windows were due. */
    public long due() {
      return windows.size();
    }

    /** How many due windows were visited. */
    public long visited() {
      return windows.stream().filter(Window::visited).count();
    }

    /** visited / due, a fraction of one (exact); empty when nothing was due. */
    public Optional<BigDecimal> coverage() {
      return windows.isEmpty() ? Optional.empty()
          : Optional.of(Decimals.divide(BigDecimal.valueOf(visited()), windows.size()));
    }

    /** The coverage of the subjects of {@code segment}; empty when none was due. */
    public Optional<BigDecimal> coverage(String segment) {
      List<Window> mine = windows.stream().filter(w -> w.segment().equals(segment)).toList();
      long seen = mine.stream().filter(Window::visited).count();
      return mine.isEmpty() ? Optional.empty() : Optional.of(Decimals.divide(BigDecimal.valueOf(seen), mine.size()));
    }

    /** The due windows nobody visited. */
    public List<Window> missed() {
      return windows.stream().filter(w -> !w.visited()).toList();
    }
  }

  /** The coverage of {@code period} by {@code evaluations} (their subject and period). */
  public Report report(ReportingPeriod period, Iterable<Evaluation> evaluations) {
    Objects.requireNonNull(period, "period");
    Map<String, List<LocalDate[]>> due = new TreeMap<>();
    subjects.forEach((subject, segment) -> due.put(subject, dueWindows(segments.get(segment), period)));
    Map<String, boolean[]> seen = new TreeMap<>();
    due.forEach((s, w) -> seen.put(s, new boolean[w.size()]));
    DataQuality q = DataQuality.empty();
    for (Evaluation e : evaluations) {
      String reason = attribute(e, due, seen);
      q = reason == null ? q.withAccepted(1) : q.withExcluded(reason, e.id());
    }
    List<Window> windows = new ArrayList<>();
    due.forEach((subject, list) -> {
      for (int k = 0; k < list.size(); k++) {
        windows.add(new Window(subject, subjects.get(subject), list.get(k)[0], list.get(k)[1], seen.get(subject)[k]));
      }
    });
    return new Report(period, windows, q);
  }

  private String attribute(Evaluation e, Map<String, List<LocalDate[]>> due, Map<String, boolean[]> seen) {
    if (e.subject().isEmpty()) {
      return DataQuality.NO_SUBJECT;
    }
    if (e.period().isEmpty()) {
      return DataQuality.NO_PERIOD;
    }
    String subject = e.subject().get();
    List<LocalDate[]> windows = due.get(subject);
    if (windows == null) {
      return "unplanned-subject";
    }
    ReportingPeriod p = ReportingPeriod.parse(e.period().get());
    for (int k = 0; k < windows.size(); k++) {
      LocalDate[] w = windows.get(k);
      if (!p.start().isBefore(w[0]) && !p.end().isAfter(w[1])) {
        seen.get(subject)[k] = true;
        return null;
      }
      if (!p.end().isBefore(w[0]) && !p.start().isAfter(w[1])) {
        return DataQuality.PERIOD_TOO_COARSE;
      }
    }
    return "outside-period";
  }

  /** The windows of {@code cadence} that end in {@code period}. */
  private static List<LocalDate[]> dueWindows(Cadence cadence, ReportingPeriod period) {
    List<LocalDate[]> out = new ArrayList<>();
    LocalDate first = LocalDate.of(period.start().getYear(), 1, 1);
    while (!first.isAfter(period.end())) {
      LocalDate last = first.plusMonths(cadence.months()).minusDays(1);
      if (period.contains(last)) {
        out.add(new LocalDate[] {first, last});
      }
      first = first.plusMonths(cadence.months());
    }
    return out;
  }

  /** Collects segments and subjects; checks each at once. Mutable and not thread-safe. */
  public static final class Builder {
    private final Map<String, Cadence> segments = new LinkedHashMap<>();
    private final Map<String, String> subjects = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The segment {@code id} is due at {@code cadence}.
     *
     * @throws AnalyticsException when the segment is declared twice
     */
    public Builder segment(String id, Cadence cadence) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(cadence, "cadence");
      if (segments.putIfAbsent(id, cadence) != null) {
        throw new AnalyticsException("segments." + id, "segment " + id + " is declared twice");
      }
      return this;
    }

    /**
     * The subject {@code id} belongs to {@code segment}.
     *
     * @throws AnalyticsException when the segment is not declared or the subject is given twice
     */
    public Builder subject(String id, String segment) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(segment, "segment");
      if (!segments.containsKey(segment)) {
        throw new AnalyticsException("subjects." + id, "subject " + id + " is in segment " + segment
            + ", which is not declared; the segments are " + segments.keySet());
      }
      if (subjects.putIfAbsent(id, segment) != null) {
        throw new AnalyticsException("subjects." + id, "subject " + id + " is given twice");
      }
      return this;
    }

    /** The plan. */
    public CadenceCoverage build() {
      return new CadenceCoverage(segments, subjects);
    }
  }
}
