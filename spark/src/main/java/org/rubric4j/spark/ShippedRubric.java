package org.rubric4j.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.RubricFormat;
import org.rubric4j.yaml.RubricReader;
import org.rubric4j.yaml.RubricWriter;

/**
 * A {@link Rubric} in a form Spark can ship to executors: its JSON text.
 *
 * <p>{@link Rubric} is itself {@link Serializable}, but Spark deserialises a task's closure for
 * every task, and a rubric is rebuilt through its builder each time it is deserialised. So the
 * rubric is loaded once on the driver, written with {@link RubricWriter} (whose output
 * {@link RubricReader} reads back to an <em>equal</em> rubric, checked here on the driver) and
 * read again lazily where it is used: each executor JVM reads a given text once, and the
 * rubrics read are kept in a small cache shared by the tasks of that JVM.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class ShippedRubric implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rubrics already read in this JVM, by text; a few at most, least recently used first out. */
  private static final Map<String, Rubric> READ = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rubric> eldest) {
          return size() > 8;
        }
      });

  private final String json;
  private transient volatile Rubric rubric;

  private ShippedRubric(String json, Rubric rubric) {
    this.json = json;
    this.rubric = rubric;
  }

  /**
   * Wraps {@code rubric} for shipping.
   *
   * @throws IllegalStateException if the rubric does not read back equal to itself from its
   *     JSON text (a bug in the writer or reader, never silently a different rubric)
   */
  public static ShippedRubric of(Rubric rubric) {
    Objects.requireNonNull(rubric, "rubric");
    String json = RubricWriter.create().toJson(rubric);
    Rubric back = RubricReader.create().read(json, RubricFormat.JSON, "<" + rubric.id() + ">").rubric();
    if (!back.equals(rubric)) {
      throw new IllegalStateException("rubric " + rubric.id()
          + " does not read back equal to itself from its JSON text; it cannot be shipped to executors");
    }
    READ.put(json, rubric);
    return new ShippedRubric(json, rubric);
  }

  /** The rubric: the driver's instance, or on an executor the one read from the text. */
  public Rubric rubric() {
    Rubric r = rubric;
    if (r == null) {
      r = READ.computeIfAbsent(json,
          t -> RubricReader.create().read(t, RubricFormat.JSON, "<shipped rubric>").rubric());
      rubric = r;
    }
    return r;
  }

  /** The rubric's JSON text, as shipped. */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShippedRubric s && json.equals(s.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "ShippedRubric[" + rubric() + "]";
  }
}
