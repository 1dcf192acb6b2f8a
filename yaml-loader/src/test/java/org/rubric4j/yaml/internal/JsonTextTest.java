package org.rubric4j.yaml.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's JSON writer: a list made while it is written looks exactly like a list in memory. */
class JsonTextTest {

  private static Map<String, Object> group(String key, int count) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("count", count);
    return m;
  }

  @Test
  void anIterableOfObjectsIsWrittenAsTheSameListWouldBe() {
    List<Object> groups = List.of(group("a", 2), group("b", 1));
    Iterable<Object> made = groups::iterator;
    assertThat(JsonText.pretty(Map.of("groups", made)))
        .isEqualTo(JsonText.pretty(Map.of("groups", groups)))
        .isEqualTo("{\n  \"groups\": [\n    {\n      \"key\": \"a\",\n      \"count\": 2\n    },\n"
            + "    {\n      \"key\": \"b\",\n      \"count\": 1\n    }\n  ]\n}\n");
  }

  @Test
  void anEmptyIterableIsAnEmptyList() {
    Iterable<Object> none = List.<Object>of()::iterator;
    assertThat(JsonText.pretty(Map.of("groups", none))).isEqualTo("{\n  \"groups\": []\n}\n");
  }
}
