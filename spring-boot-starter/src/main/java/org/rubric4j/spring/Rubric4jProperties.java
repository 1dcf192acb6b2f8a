package org.rubric4j.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code rubric4j.*} settings.
 *
 * <p>{@code rubric4j.rubrics}: where the rubric files are, as Spring resource patterns
 * ({@code classpath*:rubrics/*.yaml}, {@code file:/etc/qa/*.json}); a name ending in
 * {@code .json} is read as JSON, anything else as YAML. Default: every {@code .yaml} and
 * {@code .json} file in {@code rubrics/} of the class path.
 */
@ConfigurationProperties("rubric4j")
public class Rubric4jProperties {

  /** The default of {@code rubric4j.rubrics}. */
  public static final List<String> DEFAULT_RUBRICS = List.of("classpath*:rubrics/*.yaml", "classpath*:rubrics/*.json");

  /** Resource patterns of the rubric files to load at start-up. */
  private List<String> rubrics = new ArrayList<>(DEFAULT_RUBRICS);

  /** The resource patterns of the rubric files. */
  public List<String> getRubrics() {
    return rubrics;
  }

  /** Sets the resource patterns of the rubric files. */
  public void setRubrics(List<String> rubrics) {
    this.rubrics = rubrics;
  }
}
