package org.rubric4j.examples.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.ScoreStatistics;
import org.rubric4j.spring.RubricRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST an observation to {@code /rubrics/{id}/evaluations} and get the result JSON; GET
 * {@code /rubrics/{id}/report} for the statistics of what was scored. One handler answers every
 * observation that cannot be scored, whether the reader or {@code evaluate} refused it.
 */
@RestController
public class ScoringController {

  private final RubricRegistry rubrics;
  /** What was scored, per rubric; an aggregate is not thread-safe, so each is added to under its lock. */
  private final Map<String, Aggregate> scored = new ConcurrentHashMap<>();

  public ScoringController(RubricRegistry rubrics) {
    this.rubrics = rubrics;
  }

  @PostMapping("/rubrics/{id}/evaluations")
  public Evaluation score(@PathVariable String id, @RequestBody Observations observations) {
    Rubric rubric = rubrics.get(id);
    Evaluation evaluation = rubric.evaluate(observations);
    Aggregate aggregate = scored.computeIfAbsent(id, k -> Aggregate.empty());
    synchronized (aggregate) {
      aggregate.add(evaluation);
    }
    return evaluation;
  }

  @GetMapping("/rubrics/{id}/report")
  public Map<String, Object> report(@PathVariable String id) {
    Rubric rubric = rubrics.get(id);
    Aggregate aggregate = scored.getOrDefault(id, Aggregate.empty());
    ScoreStatistics total;
    synchronized (aggregate) {
      total = aggregate.total();
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("rubric", rubric.id());
    report.put("count", total.count());
    report.put("mean", total.mean().map(m -> m.setScale(rubric.precision(), java.math.RoundingMode.HALF_UP)).orElse(null));
    report.put("grades", total.gradeCounts());
    return report;
  }

  /** 422 with every problem: the reader's (bad values) and evaluate's (a missing value) alike. */
  @ExceptionHandler(ObservationException.class)
  public ResponseEntity<Map<String, Object>> cannotBeScored(ObservationException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("evaluation", e.evaluationId());
    body.put("problems", e.problems().stream().map(p -> Map.of("path", p.path(), "code", p.code(), "message", p.message())).toList());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(body);
  }

  /** 404 naming the rubrics there are. */
  @ExceptionHandler(java.util.NoSuchElementException.class)
  public ResponseEntity<Map<String, Object>> unknownRubric(java.util.NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
