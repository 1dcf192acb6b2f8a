package org.rubric4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rubric4j.cli.CliTest.rubric;
import static org.rubric4j.cli.CliTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rubric4j score} of every sample file in every output format gives, byte for byte, the
 * output, messages and exit code kept under {@code src/test/resources/score}: what makes the
 * scoring path faster must not change a byte of what it writes. JSON Lines output is kept as
 * its first lines and a SHA-256 of the whole (it is some 1.6 KB a row). Run with
 * {@code -Drubric4j.writeGolden=true} to rewrite the files after an intended change, then review
 * the diff.
 */
class ScoreGoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/score");
  private static final int JSON_LINES_KEPT = 3;

  static Stream<Arguments> samplesAndFormats() throws IOException {
    List<String> samples;
    try (Stream<Path> files = Files.list(CliTest.SAMPLES)) {
      samples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(13);
    return samples.stream().flatMap(s -> Stream.of("csv", "table", "json").map(f -> Arguments.of(s, f)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("samplesAndFormats")
  void scoreWritesWhatItAlwaysWrote(String sample, String format) throws IOException {
    String rubricName = sample.substring(0, sample.indexOf('.'));
    CliTest.Run r = run("score", rubric(rubricName), CliTest.sample(sample), "--format", format);

    String actual = "exit " + r.exit() + "\n--- stderr\n" + r.err().replace(CliTest.SAMPLES.toString(), "SAMPLES")
        + "--- stdout\n" + (format.equals("json") ? kept(r.out()) : r.out());

    Path file = GOLDEN.resolve(sample.substring(0, sample.length() - 4) + "." + format + ".txt");
    if (Boolean.getBoolean("rubric4j.writeGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The first lines of a JSON Lines output, its line count and the SHA-256 of all of it. */
  private static String kept(String out) {
    List<String> lines = out.lines().toList();
    StringBuilder b = new StringBuilder();
    lines.stream().limit(JSON_LINES_KEPT).forEach(line -> b.append(line).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.getBytes(StandardCharsets.UTF_8));
      return b.append("... ").append(lines.size()).append(" lines, sha-256 ")
          .append(HexFormat.of().formatHex(digest)).append('\n').toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
