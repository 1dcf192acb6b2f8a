package org.rubric4j.spring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rubric4j.Severity;
import org.rubric4j.yaml.LoadProblem;
import org.rubric4j.yaml.LoadedRubric;
import org.rubric4j.yaml.RubricFormat;
import org.rubric4j.yaml.RubricLoadException;
import org.rubric4j.yaml.RubricReader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Loads the rubric files {@code rubric4j.rubrics} names into a {@link RubricRegistry} bean. Every
 * file is read, so that a failed start-up lists the problems of all of them at once (a
 * {@link RubricFilesException}, reported by {@link RubricFilesFailureAnalyzer}). An application
 * that defines its own {@link RubricRegistry} bean keeps it.
 */
@AutoConfiguration
@EnableConfigurationProperties(Rubric4jProperties.class)
public class Rubric4jAutoConfiguration {

  /** The registry of every rubric file {@code rubric4j.rubrics} names. */
  @Bean
  @ConditionalOnMissingBean
  public RubricRegistry rubricRegistry(Rubric4jProperties properties, ResourceLoader resourceLoader) {
    ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
    List<LoadedRubric> loaded = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    int files = 0;
    for (String pattern : properties.getRubrics()) {
      Resource[] found;
      try {
        found = resolver.getResources(pattern);
      } catch (IOException e) {
        problems.add(problem(pattern, "unreadable", "cannot list the files of " + pattern + ": " + e.getMessage()));
        continue;
      }
      Arrays.sort(found, Comparator.comparing(RubricSources::name));
      for (Resource r : found) {
        if (!r.isReadable()) {
          continue; // a pattern's directory entries; files that do not exist are not matched
        }
        files++;
        String source = RubricSources.name(r);
        try (InputStream in = r.getInputStream()) {
          loaded.add(RubricReader.create().read(in, RubricFormat.ofName(source), source));
        } catch (RubricLoadException e) {
          problems.addAll(e.problems().stream().filter(LoadProblem::isError).toList());
        } catch (IOException e) {
          problems.add(problem(source, "unreadable", "cannot read the file: " + e.getMessage()));
        }
      }
    }
    if (problems.isEmpty()) {
      try {
        return new RubricRegistry(loaded);
      } catch (IllegalArgumentException e) {
        problems.add(problem(String.join(", ", properties.getRubrics()), "duplicate-rubric", e.getMessage()));
      }
    }
    throw new RubricFilesException("rubric4j could not load the rubric files of rubric4j.rubrics "
        + properties.getRubrics() + " (" + files + " found)", problems, null);
  }

  private static LoadProblem problem(String source, String code, String message) {
    return new LoadProblem(Severity.ERROR, source, 0, 0, "", code, message);
  }
}
