package org.rubric4j.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.samples.SampleFolders;
import org.rubric4j.yaml.RubricReader;
import static org.assertj.core.api.Assertions.assertThat;

/** The testkit's checks hold for the seed rubrics as the files users start from. */
class SeedRubricFilesPropertiesTest {

  private static final Path RUBRICS = SampleFolders.of("rubrics");

  private static final List<Rubric> FILES = read();

  private static List<Rubric> read() {
    try (Stream<Path> files = Files.list(RUBRICS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .map(p -> RubricReader.create().read(p).rubric()).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Tuple2<Rubric, Observations>> fileObservations() {
    return Arbitraries.of(FILES).flatMap(r -> RubricArbitraries.observationsFor(r).map(o -> Tuple.of(r, o)));
  }

  @Example
  void everySeedHasItsFile() {
    assertThat(FILES).extracting(Rubric::id).containsExactly("contact-center-workflow", "crm-maintenance-monitoring",
        "crm-service-quality", "satisfaction-tracking", "service-standards-combined", "service-standards-monthly");
  }

  @Property(tries = 300)
  void everySeedFileScoresEveryGeneratedObservationSoundly(@ForAll("fileObservations") Tuple2<Rubric, Observations> s) {
    RubricProperties.allHold(s.get1(), s.get2());
  }

  @Example
  void everySeedFilesBandsCoverTheirDomainAndEveryGradeIsReachable() {
    FILES.forEach(RubricProperties::allHold);
  }
}
