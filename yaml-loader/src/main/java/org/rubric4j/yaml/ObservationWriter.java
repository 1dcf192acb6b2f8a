package org.rubric4j.yaml;

import java.io.StringWriter;
import java.util.Map;
import java.util.Objects;
import org.rubric4j.Observations;
import org.rubric4j.Value;
import org.rubric4j.yaml.internal.TreeWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes observations as the observation JSON that {@link ObservationReader} reads: {@code id},
 * then {@code subject}, {@code period}, {@code tags}, {@code values}, {@code flags} and
 * {@code evidence} when present, in the observations' order. A value given as text is written as
 * that text ({@code "4h"}), a whole number as a JSON number, not applicable as {@code "n/a"}, a
 * typed quantity in its canonical text ({@code "85%"}); so what {@link ObservationReader#readOne}
 * reads, this writes back equal. Immutable and thread-safe.
 */
public final class ObservationWriter {

  private static final ObservationWriter INSTANCE = new ObservationWriter();

  private ObservationWriter() {}

  /** The writer. */
  public static ObservationWriter create() {
    return INSTANCE;
  }

  /** {@code observations} as one line of compact JSON. */
  public String toJson(Observations observations) {
    Objects.requireNonNull(observations, "observations");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = TreeWriter.json().createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("id", observations.id());
      observations.subject().ifPresent(s -> g.writeStringProperty("subject", s));
      observations.period().ifPresent(p -> g.writeStringProperty("period", p));
      strings(g, "tags", observations.tags());
      if (!observations.values().isEmpty()) {
        g.writeName("values");
        g.writeStartObject();
        observations.values().forEach((id, v) -> {
          g.writeName(id);
          if (v instanceof Value.Whole w) {
            g.writeNumber(w.value());
          } else if (v instanceof Value.Items items) {
            g.writeStartArray();
            items.ids().forEach(g::writeString);
            g.writeEndArray();
          } else {
            g.writeString(v.toString());
          }
        });
        g.writeEndObject();
      }
      if (!observations.flags().isEmpty()) {
        g.writeName("flags");
        g.writeStartObject();
        observations.flags().forEach(g::writeBooleanProperty);
        g.writeEndObject();
      }
      strings(g, "evidence", observations.evidence());
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void strings(JsonGenerator g, String name, Map<String, String> entries) {
    if (!entries.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      entries.forEach(g::writeStringProperty);
      g.writeEndObject();
    }
  }
}
