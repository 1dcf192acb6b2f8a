package org.rubric4j.examples.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.report.Report;
import org.rubric4j.report.Reporter;
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
 * {@code /rubrics/{id}/report} for the report JSON of what was scored (as
 * {@code rubric4j report --format json} writes it). One handler answers every observation that
 * cannot be scored, whether the reader or {@code evaluate} refused it.
 */
@RestController
public class ScoringController {

  private final RubricRegistry rubrics;
  /** What was scored, per rubric; a reporter is not thread-safe, so each is used under its lock. */
  private final Map<String, Reporter> scored = new ConcurrentHashMap<>();

  public ScoringController(RubricRegistry rubrics) {
    this.rubrics = rubrics;
  }

  @PostMapping("/rubrics/{id}/evaluations")
  public Evaluation score(@PathVariable String id, @RequestBody Observations observations) {
    Evaluation evaluation = rubrics.get(id).evaluate(observations);
    Reporter reporter = reporter(id);
    synchronized (reporter) {
      reporter.add(evaluation);
    }
    return evaluation;
  }

  @GetMapping("/rubrics/{id}/report")
  public Report report(@PathVariable String id) {
    Reporter reporter = reporter(id);
    synchronized (reporter) {
      return reporter.report(); // a snapshot: later evaluations do not change it while it is written
    }
  }

  private Reporter reporter(String id) {
    return scored.computeIfAbsent(id, k -> rubrics.loaded(k).reporter().build());
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
