package org.rubric4j.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.LoadedRubric;

/**
 * The rubrics an application loaded, by id and by id and version. Made once at start-up from
 * every file {@code rubric4j.rubrics} names; two files with the same id and version are refused
 * then, so every lookup here has one answer. Immutable and thread-safe.
 */
public final class RubricRegistry {

  private final List<LoadedRubric> rubrics;
  private final Map<String, List<LoadedRubric>> byId = new LinkedHashMap<>();

  /**
   * A registry of {@code rubrics}, in the order given.
   *
   * @throws IllegalArgumentException when two of them have the same id and version, naming both sources
   */
  public RubricRegistry(List<LoadedRubric> rubrics) {
    this.rubrics = List.copyOf(Objects.requireNonNull(rubrics, "rubrics"));
    for (LoadedRubric loaded : this.rubrics) {
      List<LoadedRubric> versions = byId.computeIfAbsent(loaded.rubric().id(), k -> new ArrayList<>());
      for (LoadedRubric other : versions) {
        if (other.rubric().version().equals(loaded.rubric().version())) {
          throw new IllegalArgumentException("rubric " + describe(loaded.rubric()) + " is in two files: "
              + other.source() + " and " + loaded.source() + "; give each version its own id or version");
        }
      }
      versions.add(loaded);
    }
  }

  /** Every rubric, with its source and warnings, in the order loaded. */
  public List<LoadedRubric> all() {
    return rubrics;
  }

  /** The ids, in the order first loaded. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** How many rubrics are loaded, all versions counted. */
  public int size() {
    return rubrics.size();
  }

  /**
   * The rubric {@code id}: its only version.
   *
   * @throws NoSuchElementException when no rubric has that id (the ids loaded are named), or
   *     when several versions have it (use {@link #get(String, String)})
   */
  public Rubric get(String id) {
    return loaded(id).rubric();
  }

  /**
   * The rubric {@code id} as its file was loaded, with what the file declares for reports:
   * {@code rubrics.loaded("crm-service-quality").reporter().build()}.
   *
   * @throws NoSuchElementException as {@link #get(String)} does
   */
  public LoadedRubric loaded(String id) {
    Objects.requireNonNull(id, "id");
    List<LoadedRubric> versions = byId.get(id);
    if (versions == null) {
      throw new NoSuchElementException(unknown(id));
    }
    if (versions.size() > 1) {
      throw new NoSuchElementException("rubric " + id + " is loaded in " + versions.size() + " versions ("
          + String.join(", ", versions.stream().map(v -> v.rubric().version().orElse("no version")).toList())
          + "); ask for one by id and version");
    }
    return versions.get(0);
  }

  /**
   * The rubric {@code id} in {@code version}.
   *
   * @throws NoSuchElementException when there is none, naming the versions of that id
   */
  public Rubric get(String id, String version) {
    return find(id, version).orElseThrow(() -> new NoSuchElementException(byId.containsKey(id)
        ? "rubric " + id + " has no version " + version + "; its versions: " + String.join(", ",
            byId.get(id).stream().map(v -> v.rubric().version().orElse("no version")).toList())
        : unknown(id)));
  }

  /** The rubric {@code id} in {@code version}, if loaded. */
  public Optional<Rubric> find(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    return byId.getOrDefault(id, List.of()).stream()
        .filter(v -> v.rubric().version().map(version::equals).orElse(false))
        .map(LoadedRubric::rubric).findFirst();
  }

  private String unknown(String id) {
    return "no rubric " + id + " is loaded" + (byId.isEmpty() ? " (none is)" : "; loaded: " + String.join(", ", byId.keySet()));
  }

  private static String describe(Rubric r) {
    return r.id() + r.version().map(v -> " version " + v).orElse(" (no version)");
  }

  @Override
  public String toString() {
    return "RubricRegistry" + ids();
  }
}
