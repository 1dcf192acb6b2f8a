package org.rubric4j.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.rubric4j.Evaluation;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.DataQuality;

/**
 * The statistics of one group of observation rows, as {@link RubricAggregator} builds them on a
 * cluster: the exact rubric4j {@link Aggregate} of the rows that were scored, and the
 * {@link DataQuality} of the rows that were not (counted with their reason and up to
 * {@link DataQuality#ID_CAP} ids each), so no row is dropped silently:
 * {@code aggregate().count() + quality().excludedCount()} is the number of rows of the group.
 *
 * <p>Merging ({@link #addAll}) is exact and associative, as {@link Aggregate#addAll} and
 * {@link DataQuality#merge} are, so the statistics Spark computes over any partitioning equal
 * those of one pass in a single JVM. Reasons are those of {@code org.rubric4j.analytics.Screening}:
 * {@link DataQuality#INCOMPLETE}, {@link DataQuality#OUT_OF_RANGE},
 * {@link DataQuality#UNKNOWN_FIELD}.
 *
 * <p>Mutable while aggregating ({@link #add}, {@link #addAll}); not thread-safe;
 * {@link Serializable} (Spark encodes it with Java serialization: {@link #fromBytes} reads the
 * binary column back).
 */
public final class GroupStatistics implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Aggregate aggregate;
  private DataQuality rejected;

  private GroupStatistics(Aggregate aggregate, DataQuality rejected) {
    this.aggregate = aggregate;
    this.rejected = rejected;
  }

  /** The statistics of no row. */
  public static GroupStatistics empty() {
    return new GroupStatistics(Aggregate.empty(), DataQuality.empty());
  }

  /**
   * Reads the statistics from the bytes of a binary column written by {@link RubricAggregator}.
   *
   * @throws IllegalArgumentException when the bytes are not such statistics
   */
  public static GroupStatistics fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      Object o = in.readObject();
      if (o instanceof GroupStatistics s) {
        return s;
      }
      throw new IllegalArgumentException("the bytes hold a " + (o == null ? "null" : o.getClass().getName())
          + ", not group statistics");
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalArgumentException("the bytes are not group statistics: " + e, e);
    }
  }

  /** These statistics as bytes, as Spark stores them in a binary column. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Adds one scored evaluation; returns this. */
  public GroupStatistics add(Evaluation evaluation) {
    aggregate.add(evaluation);
    return this;
  }

  /** Counts one row that could not be scored, with its data-quality reason; returns this. */
  public GroupStatistics reject(String reason, String id) {
    rejected = rejected.withExcluded(reason, id == null ? "" : id);
    return this;
  }

  /** Adds the rows of {@code other} to these statistics; returns this; {@code other} is unchanged. */
  public GroupStatistics addAll(GroupStatistics other) {
    aggregate.addAll(other.aggregate);
    rejected = rejected.merge(other.rejected);
    return this;
  }

  /** The aggregate (a copy) of the rows that were scored. */
  public Aggregate aggregate() {
    return aggregate.copy();
  }

  /**
   * Every row seen: {@link DataQuality#accepted()} counts those scored, and the excluded ones
   * are counted by reason, with ids.
   */
  public DataQuality quality() {
    return rejected.withAccepted(aggregate.count());
  }

  /** How many rows were seen, scored or not. */
  public long rows() {
    return aggregate.count() + rejected.excludedCount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupStatistics s && aggregate.equals(s.aggregate) && rejected.equals(s.rejected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(aggregate, rejected);
  }

  @Override
  public String toString() {
    return "GroupStatistics[" + aggregate + ", " + quality() + "]";
  }
}
