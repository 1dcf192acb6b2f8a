package org.rubric4j.examples.boot;

import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import org.rubric4j.spring.RubricRegistry;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ResultWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The service under Spring Boot 3.5's own dependency management, through MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApplicationTest {

  static final String GOOD = """
      {"id": "ev-1", "subject": "agent-007", "period": "2024-09",
       "values": {"first-response-time": "4h", "resolution-time": "20h", "first-contact-resolution": "85%",
                  "solution-quality": 4, "communication-clarity": 5, "expertise": 4, "emotion-care": 5,
                  "follow-up-visits": 3}}""";

  @Autowired
  MockMvc mvc;

  @Autowired
  RubricRegistry registry;

  @Test
  void theSeedRubricsOfTheClassPathAreLoaded() {
    assertThat(registry.ids()).contains("crm-service-quality", "service-standards-monthly");
  }

  @Test
  void postingAnObservationGivesTheResultJsonNumberForNumber() throws Exception {
    Rubric rubric = registry.get("crm-service-quality");
    String expected = ResultWriter.create().toJson(rubric.evaluate(ObservationReader.create().readOne(GOOD)));
    String body = mvc.perform(post("/rubrics/crm-service-quality/evaluations")
            .contentType(MediaType.APPLICATION_JSON).content(GOOD))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rubric").value("crm-service-quality"))
        .andReturn().getResponse().getContentAsString();
    assertThat(body).isEqualTo(expected).contains("\"scale\":5,").containsPattern("\"total\":\\d\\.\\d\\d,");
  }

  @Test
  void aBadObservationGivesOne422WithEveryReason() throws Exception {
    mvc.perform(post("/rubrics/crm-service-quality/evaluations").contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\": \"ev-2\", \"values\": {\"first-contact-resolution\": \"85\", \"solution-quality\": 9}}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.evaluation").value("ev-2"))
        // Both bad values and the six indicators without a value: every reason in one answer.
        .andExpect(jsonPath("$.problems.length()").value(8))
        .andExpect(jsonPath("$.problems[?(@.path == 'values.first-contact-resolution')].code").value("invalid-value"))
        .andExpect(jsonPath("$.problems[?(@.path == 'values.solution-quality')].message")
            .value("indicator solution-quality: level 9 is not declared; the levels are 1, 2, 3, 4, 5"))
        .andExpect(jsonPath("$.problems[?(@.code == 'missing-value')]", org.hamcrest.Matchers.hasSize(6)));
  }

  @Test
  void anObservationTheRubricCannotScoreGetsTheSameAnswer() throws Exception {
    mvc.perform(post("/rubrics/crm-service-quality/evaluations").contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\": \"ev-3\", \"values\": {\"expertise\": 4}}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.evaluation").value("ev-3"))
        .andExpect(jsonPath("$.problems[0].code").value("missing-value"));
  }

  @Test
  void anUnknownRubricIsA404NamingTheLoadedOnes() throws Exception {
    mvc.perform(post("/rubrics/nope/evaluations").contentType(MediaType.APPLICATION_JSON).content(GOOD))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("no rubric nope is loaded; loaded: ")));
  }

  @Test
  void theReportCountsWhatWasScored() throws Exception {
    mvc.perform(post("/rubrics/crm-service-quality/evaluations").contentType(MediaType.APPLICATION_JSON).content(GOOD))
        .andExpect(status().isOk());
    mvc.perform(get("/rubrics/crm-service-quality/report"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rubric").value("crm-service-quality"))
        .andExpect(jsonPath("$.summary.count", org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
        .andExpect(jsonPath("$.summary.mean").isNumber())
        .andExpect(jsonPath("$.groups[0].key.subject").isString())
        .andExpect(jsonPath("$.quality.accepted", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    String body = mvc.perform(get("/rubrics/crm-service-quality/report")).andReturn().getResponse().getContentAsString();
    // Scores at the rubric's precision, as the command line writes them: 4.00, not 4.0.
    org.assertj.core.api.Assertions.assertThat(body).containsPattern("\"mean\":\\d\\.\\d\\d,");
  }

  @Test
  void actuatorShowsTheRubricsInInfoAndHealth() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.rubric4j.status").value("UP"))
        .andExpect(jsonPath("$.components.rubric4j.details.rubrics").value(registry.size()));
    mvc.perform(get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("\"id\":\"crm-service-quality\"")));
  }
}
