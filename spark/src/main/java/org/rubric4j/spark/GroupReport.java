package org.rubric4j.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rubric4j.Dimension;
import org.rubric4j.Grade;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.ScoreStatistics;
import org.rubric4j.report.KpiOutcome;

/**
 * Turns a column of {@link GroupStatistics} (from {@link RubricAggregator}) into a flat report
 * table that a person or a spreadsheet can read, on the executors.
 *
 * <p>Every other column of the input (the group's keys) is kept as it is; the statistics column
 * is replaced by:
 * <ul>
 *   <li>{@code rows} (every row of the group), {@code scored}, {@code unscorable} and
 *       {@code vetoed} (counts);</li>
 *   <li>{@code total:mean}, {@code total:min}, {@code total:max}, {@code total:stddev}
 *       (population standard deviation);</li>
 *   <li>{@code grade:ID}, the count of each of the rubric's grades, in declared order;</li>
 *   <li>{@code ID:mean} for every dimension, depth first: the mean of its own score;</li>
 *   <li>{@code kpi:ID:actual} and {@code kpi:ID:met} for each KPI given.</li>
 * </ul>
 * Means, extremes and deviations are decimal text rounded half-up to the rubric's precision
 * ({@code 4.33}), as every rubric4j report shows them; KPI actual values are in canonical units
 * to six decimals at most. Decimal text, not binary floating point, which would not be exact;
 * the exact statistics stay in the {@link GroupStatistics} column. Empty statistics give nulls.
 * Immutable and serializable.
 */
public final class GroupReport implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ShippedRubric rubric;
  private final List<ShippedKpi> shippedKpis;
  private transient List<Kpi> kpis;

  private GroupReport(ShippedRubric rubric, List<Kpi> kpis) {
    this.rubric = rubric;
    this.kpis = List.copyOf(kpis);
    this.kpis.forEach(k -> k.validate(rubric.rubric()));
    this.shippedKpis = this.kpis.stream().map(ShippedKpi::of).toList();
  }

  /**
   * A {@link Kpi} (not serializable) as the texts it is built from; read back equal, as checked
   * on the driver.
   */
  private record ShippedKpi(String id, String name, String source, String statistic, String target)
      implements Serializable {
    static ShippedKpi of(Kpi k) {
      ShippedKpi s = new ShippedKpi(k.id(), k.name().orElse(null), k.source().toString(),
          k.statistic().key(), k.target().toString());
      if (!s.kpi().equals(k)) {
        throw new IllegalStateException("KPI " + k.id() + " does not read back equal to itself; it cannot be shipped");
      }
      return s;
    }

    Kpi kpi() {
      Kpi.Builder b = Kpi.builder(id).of(source).statistic(statistic).target(target);
      if (name != null) {
        b.name(name);
      }
      return b.build();
    }
  }

  private List<Kpi> kpis() {
    if (kpis == null) {
      kpis = shippedKpis.stream().map(ShippedKpi::kpi).toList();
    }
    return kpis;
  }

  /** A report of groups scored by {@code rubric}. */
  public static GroupReport of(Rubric rubric) {
    return new GroupReport(ShippedRubric.of(rubric), List.of());
  }

  /**
   * A report that also states the attainment of {@code kpis}.
   *
   * @throws org.rubric4j.analytics.AnalyticsException when a KPI names what the rubric does not have
   */
  public GroupReport withKpis(List<Kpi> kpis) {
    return new GroupReport(rubric, Objects.requireNonNull(kpis, "kpis"));
  }

  /** The report columns that replace the statistics column, in order. */
  public StructType statisticsSchema() {
    Rubric r = rubric.rubric();
    List<StructField> f = new ArrayList<>();
    for (String c : List.of("rows", "scored", "unscorable", "vetoed")) {
      f.add(DataTypes.createStructField(c, DataTypes.LongType, false));
    }
    for (String c : List.of("total:mean", "total:min", "total:max", "total:stddev")) {
      f.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    for (Grade g : r.grades()) {
      f.add(DataTypes.createStructField("grade:" + g.id(), DataTypes.LongType, false));
    }
    r.allDimensions().forEach(d -> f.add(DataTypes.createStructField(d.id() + ":mean", DataTypes.StringType, true)));
    for (Kpi k : kpis()) {
      f.add(DataTypes.createStructField("kpi:" + k.id() + ":actual", DataTypes.StringType, true));
      f.add(DataTypes.createStructField("kpi:" + k.id() + ":met", DataTypes.BooleanType, false));
    }
    return DataTypes.createStructType(f);
  }

  /**
   * The flat report of {@code groups}, whose column {@code statisticsColumn} holds
   * {@link GroupStatistics} as written by {@link RubricAggregator}.
   *
   * @throws IllegalArgumentException when there is no such column
   */
  public Dataset<Row> table(Dataset<Row> groups, String statisticsColumn) {
    Objects.requireNonNull(groups, "groups");
    StructType in = groups.schema();
    List<String> names = List.of(in.fieldNames());
    int at = names.indexOf(Objects.requireNonNull(statisticsColumn, "statisticsColumn"));
    if (at < 0) {
      throw new IllegalArgumentException("there is no column `" + statisticsColumn + "`; the columns are " + names);
    }
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < in.fields().length; i++) {
      if (i != at) {
        fields.add(in.fields()[i]);
      }
    }
    fields.addAll(List.of(statisticsSchema().fields()));
    StructType out = DataTypes.createStructType(fields);
    GroupReport report = this;
    MapPartitionsFunction<Row, Row> fn = rows -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
          if (i != at) {
            cells.add(row.get(i));
          }
        }
        cells.addAll(report.cells(GroupStatistics.fromBytes((byte[]) row.get(at))));
        return RowFactory.create(cells.toArray());
      }
    };
    return groups.mapPartitions(fn, Encoders.row(out));
  }

  /** The report cells of one group, in the order of {@link #statisticsSchema()}. */
  public List<Object> cells(GroupStatistics statistics) {
    Rubric r = rubric.rubric();
    Aggregate a = statistics.aggregate();
    // Rounded as every rubric4j report rounds: the library's group report gives the figures.
    org.rubric4j.report.GroupReport group = org.rubric4j.report.GroupReport.of(r, GroupKey.all(), a, List.of());
    List<Object> cells = new ArrayList<>();
    cells.add(statistics.rows());
    cells.add(a.count());
    cells.add(statistics.quality().excludedCount());
    cells.add(a.vetoedCount());
    cells.add(text(group.mean()));
    cells.add(text(group.min()));
    cells.add(text(group.max()));
    cells.add(text(group.standardDeviation()));
    group.grades().values().forEach(cells::add);
    for (Dimension d : r.allDimensions().toList()) {
      cells.add(text(group.dimensionMean(d.id())));
    }
    for (Kpi k : kpis()) {
      KpiResult result = k.attainment(a);
      cells.add(text(new KpiOutcome(k, Optional.of(result)).reportedActual()));
      cells.add(result.met());
    }
    return cells;
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(null);
  }
}
