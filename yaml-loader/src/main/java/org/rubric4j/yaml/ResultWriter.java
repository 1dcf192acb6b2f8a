package org.rubric4j.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Objects;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.Grade;
import org.rubric4j.IndicatorResult;
import org.rubric4j.Rubric;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.yaml.internal.KeptTexts;
import org.rubric4j.yaml.internal.TreeWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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

  /**
   * Closing a generator hands its text to the caller's writer and neither closes nor flushes it:
   * a stream of many results is flushed by its owner (a flush per result was a system call per
   * row through a buffered file writer).
   */
  private static final JsonFactory NOT_CLOSING = TreeWriter.json().rebuild()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM).build();

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

  /**
   * Writes {@code evaluation} as compact JSON to {@code out}, which is neither closed nor
   * flushed: the text is all in {@code out} when this returns, and flushing it is the caller's
   * ({@link #writeLine} does).
   */
  public void write(Evaluation evaluation, Writer out) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = NOT_CLOSING.createGenerator(ObjectWriteContext.empty(), out)) {
      int p = evaluation.precision();
      g.writeStartObject();
      g.writeName(RUBRIC);
      word(g, evaluation.rubricId());
      g.writeName(VERSION);
      word(g, evaluation.rubricVersion().orElse(null));
      g.writeName(ID);
      text(g, evaluation.id());
      g.writeName(SUBJECT);
      text(g, evaluation.subject().orElse(null));
      g.writeName(PERIOD);
      text(g, evaluation.period().orElse(null));
      if (!evaluation.tags().isEmpty()) {
        g.writeName(TAGS);
        g.writeStartObject();
        new java.util.TreeMap<>(evaluation.tags()).forEach(g::writeStringProperty);
        g.writeEndObject();
      }
      g.writeName(SCALE);
      g.writeNumber(KeptTexts.exact(evaluation.scale()));
      g.writeName(TOTAL);
      g.writeNumber(KeptTexts.rounded(evaluation.total(), p));
      g.writeName(RAW_TOTAL);
      g.writeNumber(KeptTexts.rounded(evaluation.rawTotal(), p));
      if (evaluation.criticalScores().isPresent()) {
        org.rubric4j.CriticalScores c = evaluation.criticalScores().get();
        g.writeName(CRITICAL_SCORE);
        roundedOrNull(g, c.criticalScore(), p);
        g.writeName(NON_CRITICAL_SCORE);
        roundedOrNull(g, c.nonCriticalScore(), p);
      }
      g.writeName(GRADE);
      word(g, evaluation.grade().map(org.rubric4j.Grade::id).orElse(null));
      g.writeName(VETOES);
      g.writeStartArray();
      for (FiredVeto v : evaluation.vetoes()) {
        g.writeStartObject();
        g.writeName(ID);
        word(g, v.veto().id());
        g.writeName(REASON);
        text(g, v.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName(DIMENSIONS);
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
  }

  private void dimension(JsonGenerator g, DimensionResult d, int p) {
    g.writeStartObject();
    g.writeName(ID);
    word(g, d.id());
    if (!d.applicable()) {
      g.writeName(APPLICABLE);
      g.writeBoolean(false);
    } else {
      g.writeName(WEIGHT);
      g.writeNumber(KeptTexts.weight(d.weight()));
      g.writeName(SCORE);
      g.writeNumber(KeptTexts.rounded(d.score().orElse(BigDecimal.ZERO), p));
      g.writeName(CONTRIBUTION);
      g.writeNumber(KeptTexts.rounded(d.contribution(), p));
      g.writeName(GRADE);
      word(g, d.grade().map(org.rubric4j.Grade::id).orElse(null));
      if (d.vetoedBy().isPresent()) {
        g.writeName(VETOED_BY);
        word(g, d.vetoedBy().get());
      }
    }
    if (!d.dimensions().isEmpty()) {
      g.writeName(DIMENSIONS);
      g.writeStartArray();
      for (DimensionResult sub : d.dimensions()) {
        dimension(g, sub, p);
      }
      g.writeEndArray();
    }
    if (!d.indicators().isEmpty()) {
      g.writeName(INDICATORS);
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
    g.writeName(ID);
    word(g, i.id());
    if (!i.applicable()) {
      g.writeName(APPLICABLE);
      g.writeBoolean(false);
      if (i.reason().isPresent()) {
        g.writeName(REASON);
        word(g, i.reason().get());
      }
    } else {
      // An n/a counted as full marks or zero is scored without a value: "value": "n/a", "matched" says how.
      g.writeName(VALUE);
      text(g, i.value().map(Object::toString).orElse("n/a"));
      SerializableString matchedKey = i.value().isEmpty() ? MATCHED : i.rule().equals(BAND_KIND) ? BAND
          : i.rule().equals(LEVEL_KIND) ? LEVEL : MATCHED;
      if (matchedKey == LEVEL) {
        g.writeName(LEVEL);
        g.writeNumber(KeptTexts.exact(i.value().get().amount()));
      } else {
        g.writeName(matchedKey);
        word(g, i.matched().orElse(null));
      }
      g.writeName(SCORE);
      g.writeNumber(KeptTexts.exact(i.score().orElse(BigDecimal.ZERO)));
      g.writeName(MAX);
      g.writeNumber(KeptTexts.exact(i.max()));
      g.writeName(WEIGHT);
      g.writeNumber(KeptTexts.weight(i.weight()));
      g.writeName(CONTRIBUTION);
      g.writeNumber(KeptTexts.rounded(i.contribution(), p));
    }
    if (i.evidence().isPresent()) {
      g.writeName(EVIDENCE);
      text(g, i.evidence().get());
    }
    g.writeEndObject();
  }

  // The result's keys, escaped once.
  private static final SerializableString RUBRIC = new SerializedString("rubric");
  private static final SerializableString VERSION = new SerializedString("version");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString SUBJECT = new SerializedString("subject");
  private static final SerializableString PERIOD = new SerializedString("period");
  private static final SerializableString TAGS = new SerializedString("tags");
  private static final SerializableString SCALE = new SerializedString("scale");
  private static final SerializableString TOTAL = new SerializedString("total");
  private static final SerializableString RAW_TOTAL = new SerializedString("rawTotal");
  private static final SerializableString CRITICAL_SCORE = new SerializedString("criticalScore");
  private static final SerializableString NON_CRITICAL_SCORE = new SerializedString("nonCriticalScore");
  private static final SerializableString GRADE = new SerializedString("grade");
  private static final SerializableString VETOES = new SerializedString("vetoes");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString DIMENSIONS = new SerializedString("dimensions");
  private static final SerializableString INDICATORS = new SerializedString("indicators");
  private static final SerializableString APPLICABLE = new SerializedString("applicable");
  private static final SerializableString WEIGHT = new SerializedString("weight");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString CONTRIBUTION = new SerializedString("contribution");
  private static final SerializableString VETOED_BY = new SerializedString("vetoedBy");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString MATCHED = new SerializedString("matched");
  private static final SerializableString BAND = new SerializedString("band");
  private static final SerializableString LEVEL = new SerializedString("level");
  private static final SerializableString MAX = new SerializedString("max");
  private static final SerializableString EVIDENCE = new SerializedString("evidence");

  /** A text of the data (ids of evaluations, subjects, values): escaped each time. */
  private static void text(JsonGenerator g, String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  /** A word of the rubric (ids, band labels, grades, reasons): escaped once and kept. */
  private static void word(JsonGenerator g, String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(KeptTexts.word(value));
    }
  }

  private static void roundedOrNull(JsonGenerator g, java.util.Optional<BigDecimal> value, int precision) {
    if (value.isPresent()) {
      g.writeNumber(KeptTexts.rounded(value.get(), precision));
    } else {
      g.writeNull();
    }
  }
}
