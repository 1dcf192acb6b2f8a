package org.rubric4j.yaml;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every public entry point of the loader refuses a {@code null} argument with a message naming it,
 * never a bare {@code NullPointerException} from deep inside (issue 18, item 23).
 */
class NullArgumentsTest {

  private static final Rubric RUBRIC = Rubric.builder("r")
      .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
  private static final Evaluation EVALUATION = RUBRIC.evaluate(Observations.of("e").withValue("i", 3));
  private static final LoadedRubric LOADED = RubricReader.create().readYaml(RubricWriter.create().toYaml(RUBRIC));

  /** Each call with one argument {@code null}, by the name of the argument it must name. */
  private static Map<String, Map<String, ThrowingCallable>> calls() {
    RubricReader reader = RubricReader.create();
    RubricWriter writer = RubricWriter.create();
    ObservationReader observations = ObservationReader.forRubric(RUBRIC);
    ResultWriter results = ResultWriter.forRubric(RUBRIC);
    Map<String, Map<String, ThrowingCallable>> calls = new LinkedHashMap<>();
    calls.put("file", Map.of(
        "RubricReader.read(Path)", () -> reader.read((Path) null),
        "RubricWriter.write(Rubric, Path)", () -> writer.write(RUBRIC, (Path) null),
        "ObservationReader.read(Path)", () -> observations.read((Path) null),
        "ObservationReader.forEach(Path, Consumer)", () -> observations.forEach(null, r -> { }),
        "RubricFormat.of(Path)", () -> RubricFormat.of(null),
        "ObservationFormat.of(Path)", () -> ObservationFormat.of(null)));
    calls.put("json", Map.of(
        "ObservationReader.readOne(String)", () -> observations.readOne((String) null),
        "ObservationReader.readOne(byte[])", () -> observations.readOne((byte[]) null)));
    calls.put("url", Map.of(
        "RubricReader.read(URL)", () -> reader.read((java.net.URL) null)));
    calls.put("name", Map.of(
        "RubricReader.readResource(String)", () -> reader.readResource(null),
        "RubricReader.readResource(String, ClassLoader)", () -> reader.readResource(null, NullArgumentsTest.class.getClassLoader()),
        "RubricFormat.ofName", () -> RubricFormat.ofName(null)));
    calls.put("loader", Map.of(
        "RubricReader.readResource(name, null)", () -> reader.readResource("rubrics/x.yaml", null)));
    calls.put("problems", Map.of(
        "new ObservationRecord.Invalid(..., null)", () -> new ObservationRecord.Invalid("s", 1, Optional.empty(), (List<org.rubric4j.Problem>) null)));
    calls.put("reason", Map.of(
        "new ObservationRecord.Invalid(..., (String) null)", () -> new ObservationRecord.Invalid("s", 1, Optional.empty(), (String) null)));
    calls.put("in", Map.of(
        "ObservationReader.readOne(InputStream)", () -> observations.readOne((java.io.InputStream) null),
        "RubricReader.read(InputStream, ...)", () -> reader.read((java.io.InputStream) null, RubricFormat.YAML, "s"),
        "ObservationReader.read(InputStream, ...)", () -> observations.read(null, ObservationFormat.CSV, "s")));
    calls.put("text", Map.of(
        "RubricReader.read(String, ...)", () -> reader.read((String) null, RubricFormat.YAML, "s"),
        "RubricReader.readYaml", () -> reader.readYaml(null),
        "RubricReader.readJson", () -> reader.readJson(null)));
    calls.put("format", Map.of(
        "RubricReader.read(String, null, ...)", () -> reader.read("rubric: r", null, "s"),
        "RubricReader.read(InputStream, null, ...)", () -> reader.read(stream(), null, "s"),
        "ObservationReader.read(InputStream, null, ...)", () -> observations.read(stream(), null, "s"),
        "RubricWriter.toText(Rubric, null)", () -> writer.toText(RUBRIC, null),
        "RubricWriter.toText(LoadedRubric, null)", () -> writer.toText(LOADED, null)));
    calls.put("source", Map.of(
        "RubricReader.read(String, ..., null)", () -> reader.read("rubric: r", RubricFormat.YAML, null),
        "RubricReader.read(InputStream, ..., null)", () -> reader.read(stream(), RubricFormat.YAML, null),
        "ObservationReader.read(InputStream, ..., null)", () -> observations.read(stream(), ObservationFormat.CSV, null)));
    calls.put("rubric", Map.of(
        "ObservationReader.forRubric", () -> ObservationReader.forRubric(null),
        "ResultWriter.forRubric", () -> ResultWriter.forRubric(null),
        "RubricWriter.toYaml", () -> writer.toYaml(null),
        "RubricWriter.toJson", () -> writer.toJson(null),
        "RubricWriter.write(null, Path)", () -> writer.write(null, UNTOUCHED)));
    calls.put("evaluation", Map.of(
        "ResultWriter.toJson", () -> results.toJson(null),
        "ResultWriter.writeLine(null, Writer)", () -> results.writeLine(null, new StringWriter()),
        "ResultWriter.write(null, Writer)", () -> results.write(null, new StringWriter())));
    calls.put("out", Map.of(
        "ResultWriter.writeLine(Evaluation, null)", () -> results.writeLine(EVALUATION, null),
        "ResultWriter.write(Evaluation, null)", () -> results.write(EVALUATION, null),
        "RubricWriter.write(Rubric, RubricFormat, null)", () -> writer.write(RUBRIC, RubricFormat.YAML, null)));
    calls.put("action", Map.of(
        "ObservationReader.forEach(Path, null)", () -> observations.forEach(UNTOUCHED, null)));
    calls.put("loaded", Map.of(
        "RubricWriter.toText(null, RubricFormat)", () -> writer.toText((LoadedRubric) null, RubricFormat.YAML)));
    calls.put("analytics", Map.of(
        "RubricWriter.write(Rubric, null, ...)", () -> writer.write(RUBRIC, null, RubricFormat.YAML, new StringWriter()),
        "new LoadedRubric(..., null)", () -> new LoadedRubric(RUBRIC, List.of(), "s", null)));
    calls.put("observations", Map.of(
        "ObservationWriter.toJson", () -> ObservationWriter.create().toJson(null)));
    calls.put("kpis", Map.of(
        "new RubricAnalytics(null, ...)", () -> new RubricAnalytics(null, List.of(), Optional.empty())));
    return calls;
  }

  /** A file no call may create: a refused argument must be refused before anything is written. */
  private static final Path UNTOUCHED = Path.of(System.getProperty("java.io.tmpdir"),
      "rubric4j-null-arguments-" + ProcessHandle.current().pid() + ".yaml");

  @Test
  void aRefusedRubricLeavesTheFileAlone() {
    assertThat(catchThrowable(() -> RubricWriter.create().write(null, UNTOUCHED))).hasMessage("rubric");
    assertThat(UNTOUCHED).doesNotExist();
  }

  private static ByteArrayInputStream stream() {
    return new ByteArrayInputStream(new byte[0]);
  }

  @Test
  void everyNullArgumentIsRefusedWithItsName() {
    List<String> unnamed = new java.util.ArrayList<>();
    calls().forEach((argument, byCall) -> byCall.forEach((call, callable) -> {
      Throwable thrown = catchThrowable(callable);
      if (!(thrown instanceof NullPointerException) || !argument.equals(thrown.getMessage())) {
        unnamed.add(call + ": " + thrown);
      }
    }));
    assertThat(unnamed).isEmpty();
  }
}
