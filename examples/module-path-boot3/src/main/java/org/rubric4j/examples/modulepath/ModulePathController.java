package org.rubric4j.examples.modulepath;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.spring.RubricRegistry;
import org.rubric4j.yaml.ResultWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST an observation to {@code /rubrics/{id}/evaluations} and get the result JSON, through the
 * starter's Jackson module; GET {@code /modules} for the module each part of the service was
 * loaded from, so a test can tell the module path from the class path.
 */
@RestController
public class ModulePathController {

  private final RubricRegistry rubrics;

  ModulePathController(RubricRegistry rubrics) {
    this.rubrics = rubrics;
  }

  @PostMapping("/rubrics/{id}/evaluations")
  Evaluation score(@PathVariable String id, @RequestBody Observations observations) {
    return rubrics.get(id).evaluate(observations);
  }

  /** The name of the module of the application, of rubric4j's core, loader and starter: "unnamed" on the class path. */
  @GetMapping("/modules")
  Map<String, String> modules() {
    Map<String, String> modules = new LinkedHashMap<>();
    modules.put("application", nameOf(ModulePathApplication.class));
    modules.put("rubric4j", nameOf(Rubric.class));
    modules.put("rubric4j-yaml", nameOf(ResultWriter.class));
    modules.put("starter", nameOf(RubricRegistry.class));
    return modules;
  }

  private static String nameOf(Class<?> type) {
    Module module = type.getModule();
    return module.isNamed() ? module.getName() : "unnamed";
  }

  /** 422 with every problem, as the starter's users answer an observation that cannot be scored. */
  @ExceptionHandler(ObservationException.class)
  ResponseEntity<Map<String, Object>> cannotBeScored(ObservationException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(Map.of("evaluation", e.evaluationId(), "problems", e.problems().stream().map(Problem::code).toList()));
  }
}
