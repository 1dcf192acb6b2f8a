package org.rubric4j.testkit;

import org.rubric4j.Rubric;
import org.rubric4j.samples.SampleFolders;
import org.rubric4j.yaml.RubricReader;

/** The seed rubrics as users get them: the files of {@code rubric4j-samples}, read by the loader. */
final class SeedFiles {

  private SeedFiles() {}

  /** The seed rubric whose id is {@code id} ({@code rubrics/ID.yaml}). */
  static Rubric rubric(String id) {
    return RubricReader.create().read(SampleFolders.of("rubrics").resolve(id + ".yaml")).rubric();
  }
}
