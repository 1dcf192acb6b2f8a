package org.rubric4j.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.Grade;
import org.rubric4j.IndicatorResult;
import org.rubric4j.Rubric;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.yaml.internal.TreeWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes evaluations as the result JSON of docs/rubric-format.md, one object per evaluation.
 *
 * <p>Totals, dimension scores and contributions are JSON numbers rounded half-up to the
 * rubric's precision ({@code 4.00}); indicator points and maxima are written exactly as the
 * rule gives them ({@code 4}, {@code 18.5}); weights are exact fractions ({@code 0.2}), cut to
 * 10 decimals when they do not end ({@code 0.3333333333}). A dimension or indicator that was
 * not applicable has {@code "applicable": false} and no score; nested dimensions appear under
 * {@code "dimensions"} of their parent. The matched band of a band rule is {@code "band"}, the
 * level of a level rule {@code "level"}, what decided any other rule {@code "matched"}.
 *
 * <p>{@link #writeLine} writes one compact object per line (JSON Lines), for streams of
 * results. Immutable and thread-safe.
 */
public final class ResultWriter {

  /** Closing a generator must flush, never close, the caller's writer (a stream of many results). */
  private static final JsonFactory NOT_CLOSING =
      TreeWriter.json().rebuild().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final int WEIGHT_DECIMALS = 10;
  /** {@link IndicatorResult#rule()} of band and level rules: {@link BandRule#kind()}, {@link LevelRule#kind()}. */
  private static final String BAND_KIND = "bands";
  private static final String LEVEL_KIND = "levels";

  private static final ResultWriter PLAIN = new ResultWriter(false);

  /** Whether each object ends with {@code "explanation"}: {@link Evaluation#explain()}. */
  private final boolean explanation;

  private ResultWriter(boolean explanation) {
    this.explanation = explanation;
  }

  /** A writer of evaluations of any rubric: an evaluation carries all its result shows. */
  public static ResultWriter create() {
    return PLAIN;
  }

  /** A writer of evaluations made with {@code rubric}; the same as {@link #create()}. */
  public static ResultWriter forRubric(Rubric rubric) {
    Objects.requireNonNull(rubric, "rubric");
    return PLAIN;
  }

  /**
   * A writer like this one whose objects end with {@code "explanation"}, the text of
   * {@link Evaluation#explain()} (an addition to the result format): a line per dimension and
   * indicator, for a person reading the result.
   */
  public ResultWriter withExplanation() {
    return new ResultWriter(true);
  }

  /** {@code evaluation} as one line of compact JSON, without a line break. */
  public String toJson(Evaluation evaluation) {
    StringWriter out = new StringWriter();
    write(evaluation, out);
    return out.toString();
  }

  /** Writes {@code evaluation} as compact JSON followed by a line break, and flushes {@code out}. */
  public void writeLine(Evaluation evaluation, Writer out) {
    write(evaluation, out);
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code evaluation} as compact JSON to {@code out}, which is not closed. */
  public void write(Evaluation evaluation, Writer out) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = NOT_CLOSING.createGenerator(ObjectWriteContext.empty(), out)) {
      int p = evaluation.precision();
      g.writeStartObject();
      g.writeStringProperty("rubric", evaluation.rubricId());
      g.writeName("version");
      text(g, evaluation.rubricVersion().orElse(null));
      g.writeStringProperty("id", evaluation.id());
      g.writeName("subject");
      text(g, evaluation.subject().orElse(null));
      g.writeName("period");
      text(g, evaluation.period().orElse(null));
      if (!evaluation.tags().isEmpty()) {
        g.writeName("tags");
        g.writeStartObject();
        new java.util.TreeMap<>(evaluation.tags()).forEach(g::writeStringProperty);
        g.writeEndObject();
      }
      g.writeName("scale");
      exact(g, evaluation.scale());
      g.writeName("total");
      rounded(g, evaluation.total(), p);
      g.writeName("rawTotal");
      rounded(g, evaluation.rawTotal(), p);
      if (evaluation.criticalScores().isPresent()) {
        org.rubric4j.CriticalScores c = evaluation.criticalScores().get();
        g.writeName("criticalScore");
        roundedOrNull(g, c.criticalScore(), p);
        g.writeName("nonCriticalScore");
        roundedOrNull(g, c.nonCriticalScore(), p);
      }
      g.writeName("grade");
      text(g, evaluation.grade().map(org.rubric4j.Grade::id).orElse(null));
      g.writeName("vetoes");
      g.writeStartArray();
      for (FiredVeto v : evaluation.vetoes()) {
        g.writeStartObject();
        g.writeStringProperty("id", v.veto().id());
        g.writeStringProperty("reason", v.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("dimensions");
      g.writeStartArray();
      for (DimensionResult d : evaluation.dimensions()) {
        dimension(g, d, p);
      }
      g.writeEndArray();
      if (explanation) {
        g.writeStringProperty("explanation", evaluation.explain());
      }
      g.writeEndObject();
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dimension(JsonGenerator g, DimensionResult d, int p) {
    g.writeStartObject();
    g.writeStringProperty("id", d.id());
    if (!d.applicable()) {
      g.writeBooleanProperty("applicable", false);
    } else {
      g.writeName("weight");
      weight(g, d.weight());
      g.writeName("score");
      rounded(g, d.score().orElse(BigDecimal.ZERO), p);
      g.writeName("contribution");
      rounded(g, d.contribution(), p);
      g.writeName("grade");
      text(g, d.grade().map(org.rubric4j.Grade::id).orElse(null));
      if (d.vetoedBy().isPresent()) {
        g.writeStringProperty("vetoedBy", d.vetoedBy().get());
      }
    }
    if (!d.dimensions().isEmpty()) {
      g.writeName("dimensions");
      g.writeStartArray();
      for (DimensionResult sub : d.dimensions()) {
        dimension(g, sub, p);
      }
      g.writeEndArray();
    }
    if (!d.indicators().isEmpty()) {
      g.writeName("indicators");
      g.writeStartArray();
      for (IndicatorResult i : d.indicators()) {
        indicator(g, i, p);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void indicator(JsonGenerator g, IndicatorResult i, int p) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    if (!i.applicable()) {
      g.writeBooleanProperty("applicable", false);
      if (i.reason().isPresent()) {
        g.writeStringProperty("reason", i.reason().get());
      }
    } else {
      // An n/a counted as full marks or zero is scored without a value: "value": "n/a", "matched" says how.
      g.writeName("value");
      text(g, i.value().map(Object::toString).orElse("n/a"));
      String matchedKey = i.value().isEmpty() ? "matched" : i.rule().equals(BAND_KIND) ? "band"
          : i.rule().equals(LEVEL_KIND) ? "level" : "matched";
      if (matchedKey.equals("level") && i.value().isPresent()) {
        g.writeName("level");
        exact(g, i.value().get().amount());
      } else {
        g.writeName(matchedKey);
        text(g, i.matched().orElse(null));
      }
      g.writeName("score");
      exact(g, i.score().orElse(BigDecimal.ZERO));
      g.writeName("max");
      exact(g, i.max());
      g.writeName("weight");
      weight(g, i.weight());
      g.writeName("contribution");
      rounded(g, i.contribution(), p);
    }
    if (i.evidence().isPresent()) {
      g.writeStringProperty("evidence", i.evidence().get());
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  private static void rounded(JsonGenerator g, BigDecimal value, int precision) {
    g.writeNumber(value.setScale(precision, RoundingMode.HALF_UP).toPlainString());
  }

  private static void roundedOrNull(JsonGenerator g, java.util.Optional<BigDecimal> value, int precision) {
    if (value.isPresent()) {
      rounded(g, value.get(), precision);
    } else {
      g.writeNull();
    }
  }

  private static void exact(JsonGenerator g, BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    g.writeNumber((v.scale() < 0 ? v.setScale(0) : v).toPlainString());
  }

  private static void weight(JsonGenerator g, BigDecimal value) {
    BigDecimal v = value.scale() > WEIGHT_DECIMALS ? value.setScale(WEIGHT_DECIMALS, RoundingMode.HALF_UP) : value;
    exact(g, v);
  }
}
