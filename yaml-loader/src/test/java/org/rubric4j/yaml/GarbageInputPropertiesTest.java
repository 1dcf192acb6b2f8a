package org.rubric4j.yaml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.rubric4j.Rubric;

/**
 * jqwik-generated garbage for the loader, with the same contract as the Jazzer targets
 * ({@link LoaderContract}): random bytes, YAML-, JSON- and CSV-ish token soups, and seed files
 * mutated by deleting, inserting, duplicating and overwriting pieces. Whatever comes in, a rubric
 * read gives a rubric or a located {@link RubricLoadException}, an observation read throws nothing
 * and gives records with lines, and every input is answered within {@link LoaderContract#TIMEOUT}.
 */
class GarbageInputPropertiesTest {

  private static final Path SEEDS = Path.of("src/test/resources/org/rubric4j/yaml");
  private static final List<byte[]> RUBRIC_SEEDS = List.of(
      LoaderContract.bytes(LoaderContract.CRM), LoaderContract.bytes(LoaderContract.COMBINED),
      LoaderContract.bytes(SEEDS.resolve("RubricReaderFuzzTestInputs/rubricFile/seed-json-invalid-unknown-key")));
  private static final List<byte[]> CSV_SEEDS = List.of(
      LoaderContract.bytes(Path.of("src/test/resources/observations/scores.csv")),
      LoaderContract.bytes(SEEDS.resolve("ObservationReaderFuzzTestInputs/observations/seed-csv-combined")));
  private static final List<byte[]> JSON_LINES_SEEDS = List.of(
      LoaderContract.bytes(Path.of("src/test/resources/observations/scores.jsonl")),
      LoaderContract.bytes(SEEDS.resolve("ObservationReaderFuzzTestInputs/observations/seed-jsonl-combined")));

  private static final Rubric CRM = LoaderContract.seedRubric(LoaderContract.CRM);
  private static final Rubric COMBINED = LoaderContract.seedRubric(LoaderContract.COMBINED);

  private static final List<String> YAML_TOKENS = List.of(
      "rubric", "version", "dimensions", "indicators", "bands", "levels", "deduction", "occurrences", "vetoes",
      "grades", "flags", "id", "weight", "measure", "duration", "percent", "range", "score", "max", "target",
      "step", "deduct", "zeroAt", "appliesWhen", "tag", "in", "scale", "precision",
      ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "?", "&a", "*a", "!!str", "!x", "<<", "---", "...", "%YAML 1.2",
      "|", ">", "#", "'", "\"", "\\", "\n", "\r\n", "\r", "\t", " ", "  ", "    ", "\u0000", "\uFEFF", "\u2028",
      "\u0085", "😀", "分", "5", "0", "-1", "0.5", "1e100", "1e999999999", "010", "0x1F", "1_000", ".inf", ".NaN",
      "yes", "on", "~", "null", "true", "false", "20%", "150%", "\"<= 2h\"", "\"(2h, 6h]\"", "\"[0, 5]\"", "4h",
      "PT2H", "1d12h", "n/a", "a", "é");
  private static final List<String> CSV_TOKENS = List.of(
      "id", "subject", "period", "tag.team", "flag.review-manipulated", "evidence.fcr", "first-response-time",
      "first-contact-resolution", "solution-quality", "fcr", "attitude-violations", "qualitative-review",
      ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "\u0000", "\uFEFF", "😀", "{", "}", "[", "]", ":",
      "\"id\":", "\"values\":", "\"flags\":", "{\"id\":\"x\",\"values\":{", "4h", "85%", "0.85", "85", "n/a", "9",
      "1e100", "-1", "true", "false", "yes", "2024-09", "2024-Q3", "2024-02-30", "ev-1", "null");

  // --- random bytes

  @Property(tries = 300)
  void randomBytesAreAYamlRubricOrALocatedError(@ForAll @Size(max = 2000) byte[] bytes) {
    LoaderContract.checkRubric(bytes, RubricFormat.YAML);
  }

  @Property(tries = 300)
  void randomBytesAreAJsonRubricOrALocatedError(@ForAll @Size(max = 2000) byte[] bytes) {
    LoaderContract.checkRubric(bytes, RubricFormat.JSON);
  }

  @Property(tries = 300)
  void randomBytesAreObservationRecordsInEveryFormat(@ForAll @Size(max = 2000) byte[] bytes) {
    for (ObservationFormat format : ObservationFormat.values()) {
      LoaderContract.checkObservations(bytes, format, CRM);
    }
  }

  // --- token soups

  @Property(tries = 500)
  void yamlTokenSoupsAreARubricOrALocatedError(@ForAll("yamlSoup") String soup) {
    byte[] bytes = soup.getBytes(StandardCharsets.UTF_8);
    LoaderContract.checkRubric(bytes, RubricFormat.YAML);
    LoaderContract.checkRubric(bytes, RubricFormat.JSON);
  }

  @Property(tries = 500)
  void csvAndJsonTokenSoupsAreObservationRecords(@ForAll("csvSoup") String soup) {
    byte[] bytes = soup.getBytes(StandardCharsets.UTF_8);
    for (ObservationFormat format : ObservationFormat.values()) {
      LoaderContract.checkObservations(bytes, format, CRM);
      LoaderContract.checkObservations(bytes, format, COMBINED);
    }
  }

  @Provide
  Arbitrary<String> yamlSoup() {
    return soup(YAML_TOKENS, 300);
  }

  @Provide
  Arbitrary<String> csvSoup() {
    return soup(CSV_TOKENS, 300);
  }

  private static Arbitrary<String> soup(List<String> tokens, int maxTokens) {
    return Arbitraries.of(tokens).list().ofMaxSize(maxTokens).map(l -> String.join("", l));
  }

  // --- mutated seed files

  @Property(tries = 400)
  void mutatedSeedRubricsAreARubricOrALocatedError(@ForAll("rubricSeed") byte[] seed,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] mutated = Mutation.applyAll(seed, mutations);
    LoaderContract.checkRubric(mutated, RubricFormat.YAML);
    LoaderContract.checkRubric(mutated, RubricFormat.JSON);
  }

  @Property(tries = 400)
  void mutatedSeedCsvFilesAreObservationRecords(@ForAll("csvSeed") byte[] seed,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] mutated = Mutation.applyAll(seed, mutations);
    LoaderContract.checkObservations(mutated, ObservationFormat.CSV, CRM);
    LoaderContract.checkObservations(mutated, ObservationFormat.CSV, COMBINED);
  }

  @Property(tries = 400)
  void mutatedSeedJsonLinesFilesAreObservationRecords(@ForAll("jsonLinesSeed") byte[] seed,
      @ForAll("mutations") List<Mutation> mutations) {
    byte[] mutated = Mutation.applyAll(seed, mutations);
    LoaderContract.checkObservations(mutated, ObservationFormat.JSON_LINES, CRM);
    LoaderContract.checkObservations(mutated, ObservationFormat.JSON_LINES, COMBINED);
    LoaderContract.checkObservations(mutated, ObservationFormat.JSON, CRM);
  }

  @Provide
  Arbitrary<byte[]> rubricSeed() {
    return Arbitraries.of(RUBRIC_SEEDS);
  }

  @Provide
  Arbitrary<byte[]> csvSeed() {
    return Arbitraries.of(CSV_SEEDS);
  }

  @Provide
  Arbitrary<byte[]> jsonLinesSeed() {
    return Arbitraries.of(JSON_LINES_SEEDS);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(YAML_TOKENS), Arbitraries.of(CSV_TOKENS),
        Arbitraries.strings().ofMaxLength(8));
    return Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(1, 64), pieces).as(Mutation::new).list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * One edit of a seed file, at a relative position so it fits any seed.
   *
   * @param kind what is done
   * @param at where, as a fraction of the length
   * @param length how many bytes are deleted, duplicated or overwritten
   * @param piece what is inserted or written over
   */
  record Mutation(Kind kind, double at, int length, String piece) {
    enum Kind { DELETE, INSERT, DUPLICATE, OVERWRITE, FLIP, TRUNCATE }

    static byte[] applyAll(byte[] seed, List<Mutation> mutations) {
      byte[] b = seed;
      for (Mutation m : mutations) {
        b = m.apply(b);
      }
      return b;
    }

    byte[] apply(byte[] b) {
      int pos = (int) Math.min(b.length, Math.floor(at * (b.length + 1)));
      int end = Math.min(b.length, pos + length);
      byte[] p = piece.getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind) {
        case DELETE -> {
          out.write(b, 0, pos);
          out.write(b, end, b.length - end);
        }
        case INSERT -> {
          out.write(b, 0, pos);
          out.write(p, 0, p.length);
          out.write(b, pos, b.length - pos);
        }
        case DUPLICATE -> {
          out.write(b, 0, end);
          out.write(b, pos, b.length - pos);
        }
        case OVERWRITE -> {
          out.write(b, 0, pos);
          out.write(p, 0, p.length);
          int after = Math.min(b.length, pos + p.length);
          out.write(b, after, b.length - after);
        }
        case FLIP -> {
          byte[] c = b.clone();
          if (pos < c.length) {
            c[pos] ^= (byte) (1 << (length % 8));
          }
          return c;
        }
        case TRUNCATE -> out.write(b, 0, pos);
      }
      return out.toByteArray();
    }
  }
}
