package org.rubric4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.GroupBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No public method of the entry types takes {@code null} silently or answers it with a bare
 * {@code NullPointerException}: each refuses it with a message naming the argument.
 */
class NullArgumentsTest {

  private static final Rubric RUBRIC = SeedRubrics.crmServiceQuality();

  @Test
  void everyReferenceArgumentOfTheEntryTypesIsCheckedWithItsName() throws Exception {
    List<String> unnamed = new ArrayList<>();
    check(unnamed, Rubric.class, () -> RUBRIC);
    check(unnamed, RubricBuilder.class, () -> Rubric.builder("r"));
    check(unnamed, Observations.class, () -> Observations.of("e"));
    check(unnamed, Observations.Builder.class, () -> Observations.builder("e"));
    check(unnamed, Interval.class, () -> Interval.parse("[0, 1]"));
    check(unnamed, Quantity.class, () -> Quantity.count(1));
    check(unnamed, Weight.class, () -> Weight.parse("20%"));
    check(unnamed, ReportingPeriod.class, () -> ReportingPeriod.parse("2024-09"));
    check(unnamed, Aggregator.class, () -> Aggregator.groupingBy(GroupBy.subject()));
    check(unnamed, Evaluation.Builder.class, () -> Evaluation.builder("r", "e"));
    assertThat(unnamed).isEmpty();
  }

  private static void check(List<String> unnamed, Class<?> type, Supplier<Object> instance) throws Exception {
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == Object.class || m.getName().equals("equals")) {
        continue;
      }
      Class<?>[] params = m.getParameterTypes();
      for (int k = 0; k < params.length; k++) {
        if (params[k].isPrimitive()) {
          continue;
        }
        Object[] args = new Object[params.length];
        for (int j = 0; j < params.length; j++) {
          args[j] = j == k ? null : sample(params[j]);
        }
        if (args.length > 0 && java.util.Arrays.stream(args).filter(a -> a == null).count() > 1) {
          continue; // an argument of a type we cannot make up
        }
        Object target = Modifier.isStatic(m.getModifiers()) ? null : instance.get();
        try {
          m.invoke(target, args);
          unnamed.add(type.getSimpleName() + "." + m.getName() + " arg " + k + ": null accepted");
        } catch (InvocationTargetException e) {
          Throwable t = e.getCause();
          if (t instanceof NullPointerException && (t.getMessage() == null || t.getMessage().startsWith("Cannot "))) {
            unnamed.add(type.getSimpleName() + "." + m.getName() + " arg " + k + ": " + t);
          }
        }
      }
    }
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    }
    if (type == Rubric.class) {
      return RUBRIC;
    }
    if (type == Measure.class) {
      return Measure.COUNT;
    }
    if (type == java.math.BigDecimal.class) {
      return java.math.BigDecimal.ONE;
    }
    if (type == java.time.Duration.class) {
      return java.time.Duration.ofHours(1);
    }
    if (type == Value.class) {
      return Value.notApplicable();
    }
    if (type == Observations.class) {
      return Observations.of("e");
    }
    return null;
  }
}
