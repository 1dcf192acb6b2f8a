package org.rubric4j.yaml.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rubric4j.Measure;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Weighting;
import org.rubric4j.internal.Ids;
import org.rubric4j.rule.StepCounting;

/**
 * The definition tree of a rubric file as records, one per object of {@link Format}, with the
 * field-level constraints checked by Jakarta Validation. A component is null when its key is
 * absent or its value could not be read (that is reported by the binder).
 *
 * <p>Every message template is a constant; only the constraint's own parameters ({@code {value}},
 * {@code {max}}) are interpolated, never user input.
 */
public final class Definition {

  /** A rubric id: core's syntax ({@link Ids#RUBRIC_ID_REGEX}), so a file and Java code agree. */
  public static final String RUBRIC_ID = Ids.RUBRIC_ID_REGEX;
  /** Any other id: core's syntax ({@link Ids#NODE_ID_REGEX}). */
  public static final String NODE_ID = Ids.NODE_ID_REGEX;

  static final String REQUIRED = "is required";
  static final String RUBRIC_ID_MESSAGE = "must be " + Ids.RUBRIC_ID_RULE;
  static final String NODE_ID_MESSAGE = "must be " + Ids.NODE_ID_RULE;
  static final String TOO_LONG = "must be at most {max} characters long";
  static final String POSITIVE = "must be above 0";
  static final String NOT_NEGATIVE = "must be at least 0";

  private Definition() {}

  /** The root of a rubric file. */
  public record RubricDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = RUBRIC_ID, message = RUBRIC_ID_MESSAGE) String rubric,
      @Size(max = 200, message = TOO_LONG) String version,
      @Size(max = 1000, message = TOO_LONG) String name,
      @Size(max = 20000, message = TOO_LONG) String description,
      @Positive(message = POSITIVE) BigDecimal scale,
      @Min(value = 0, message = "must be at least {value}") @Max(value = 9, message = "must be at most {value}") Integer precision,
      Normalization normalize,
      NotApplicablePolicy notApplicable,
      MissingPolicy missing,
      Weighting weighting,
      Boolean aboveScale,
      List<@Valid GradeDoc> grades,
      List<@Valid FlagDoc> flags,
      @NotNull(message = REQUIRED) @Size(min = 1, message = "must list at least one dimension") List<@Valid DimensionDoc> dimensions,
      List<@Valid VetoDoc> vetoes,
      List<@Valid KpiDoc> kpis,
      List<@Valid PeriodRuleDoc> periodRules,
      Map<String, String> categories) {}

  /** A KPI; {@code of}, {@code statistic} and {@code target} as written. */
  public record KpiDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @Size(max = 1000, message = TOO_LONG) String name,
      @NotNull(message = REQUIRED) String of,
      String statistic,
      @NotNull(message = REQUIRED) String target) {}

  /** A period rule. */
  public record PeriodRuleDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String grade,
      @NotNull(message = REQUIRED) @Min(value = 2, message = "must be at least {value}") Integer consecutive,
      @NotNull(message = REQUIRED) String period) {}

  /** A grade. */
  public record GradeDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @Size(max = 1000, message = TOO_LONG) String name,
      @NotNull(message = REQUIRED) String range,
      Map<String, Object> attributes) {}

  /** A declared flag. */
  public record FlagDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @Size(max = 1000, message = TOO_LONG) String name) {}

  /** A dimension. */
  public record DimensionDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @Size(max = 1000, message = TOO_LONG) String name,
      @Size(max = 20000, message = TOO_LONG) String description,
      String weight,
      Weighting weighting,
      @Valid ConditionDoc appliesWhen,
      NotApplicablePolicy notApplicable,
      Boolean bonus,
      List<@Valid GradeDoc> grades,
      List<@Valid IndicatorDoc> indicators,
      List<@Valid DimensionDoc> dimensions) {}

  /** An {@code appliesWhen} condition; {@code values} is the file's {@code in}. */
  public record ConditionDoc(org.rubric4j.Condition condition) {}

  /** An indicator. */
  public record IndicatorDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @Size(max = 1000, message = TOO_LONG) String name,
      @Size(max = 20000, message = TOO_LONG) String description,
      String weight,
      @Valid ConditionDoc appliesWhen,
      NotApplicablePolicy notApplicable,
      Boolean critical,
      Boolean bonus,
      Measure measure,
      List<@Valid BandDoc> bands,
      @Positive(message = POSITIVE) BigDecimal outOf,
      Map<Integer, String> levels,
      @Valid DeductionDoc deduction,
      @Valid OccurrencesDoc occurrences,
      @Valid ChecklistDoc checklist) {}

  /** A band. */
  public record BandDoc(
      @NotNull(message = REQUIRED) @PositiveOrZero(message = NOT_NEGATIVE) BigDecimal score,
      @NotNull(message = REQUIRED) String range) {}

  /** A deduction rule. */
  public record DeductionDoc(
      @NotNull(message = REQUIRED) @Positive(message = POSITIVE) BigDecimal max,
      @NotNull(message = REQUIRED) String target,
      @NotNull(message = REQUIRED) String step,
      @NotNull(message = REQUIRED) @Positive(message = POSITIVE) BigDecimal deduct,
      String zero,
      StepCounting steps) {}

  /** A checklist rule. */
  public record ChecklistDoc(
      @NotNull(message = REQUIRED) Map<String, BigDecimal> items,
      @Positive(message = POSITIVE) BigDecimal max) {}

  /** An occurrences rule. */
  public record OccurrencesDoc(
      @NotNull(message = REQUIRED) @Positive(message = POSITIVE) BigDecimal max,
      @NotNull(message = REQUIRED) @Positive(message = POSITIVE) BigDecimal deduct,
      @Min(value = 1, message = "must be at least {value}") Integer zeroAt) {}

  /** A veto. */
  public record VetoDoc(
      @NotNull(message = REQUIRED) @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String id,
      @Size(max = 1000, message = TOO_LONG) String name,
      @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String flag,
      @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String indicator,
      BigDecimal below,
      List<BigDecimal> in,
      @Pattern(regexp = NODE_ID, message = NODE_ID_MESSAGE) String grade,
      String score,
      String scope) {}
}
