package org.rubric4j.yaml.internal;

import static org.rubric4j.yaml.internal.TreeReader.MAX_CHARS;
import static org.rubric4j.yaml.internal.TreeReader.MAX_DEPTH;
import static org.rubric4j.yaml.internal.TreeReader.MAX_TOKENS;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Jackson parser factories {@link TreeReader} reads rubric documents with, configured with
 * its limits so that the parser itself refuses a document too deep, too long or with too many
 * tokens before it is held in memory. Factories are thread-safe and shared.
 */
final class ParserFactories {

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH + 2)
      .maxDocumentLength(MAX_CHARS + 16L)
      .maxNumberLength(Scalars.MAX_NUMBER_LENGTH + 2)
      .maxStringLength(MAX_CHARS)
      .maxNameLength(4096)
      .maxTokenCount(MAX_TOKENS + 16L)
      .build();

  /**
   * YAML factories by read-buffer size, 1 Ki characters doubled up to the largest document,
   * made when first needed. A document is always read through a buffer larger than itself:
   * snakeyaml-engine 3.0.1 fails with an {@code IndexOutOfBoundsException} when a character
   * outside the Basic Multilingual Plane (an emoji, say) straddles the end of its buffer, so
   * a valid rubric with an emoji near its 1025th character could not be loaded.
   */
  private static final AtomicReferenceArray<YAMLFactory> YAML = new AtomicReferenceArray<>(12);

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .build();

  private ParserFactories() {}

  /** The factory for a document of {@code syntax} and {@code length} characters, shared: factories are thread-safe. */
  static TokenStreamFactory factory(TreeReader.Syntax syntax, int length) {
    if (syntax == TreeReader.Syntax.JSON) {
      return JSON;
    }
    int size = 1024;
    int slot = 0;
    while (size < length + 2 && slot < YAML.length() - 1) {
      size *= 2;
      slot++;
    }
    YAMLFactory f = YAML.get(slot);
    if (f == null) {
      f = YAMLFactory.builder()
          .loadSettings(LoadSettings.builder()
              .setAllowDuplicateKeys(true) // reported by TreeReader, with every other problem
              .setMaxAliasesForCollections(0)
              .setAllowRecursiveKeys(false)
              .setCodePointLimit(MAX_CHARS + 16)
              .setUseMarks(true)
              .setBufferSize(size)
              .build())
          .streamReadConstraints(CONSTRAINTS)
          .build();
      YAML.compareAndSet(slot, null, f);
      f = YAML.get(slot);
    }
    return f;
  }
}
