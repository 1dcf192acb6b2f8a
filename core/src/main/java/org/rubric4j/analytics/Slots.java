package org.rubric4j.analytics;

import java.util.Arrays;

/**
 * Values looked up by key along a walk that meets the same keys in the same order time after
 * time: an evaluation's result tree, whose ids are the rubric's own strings in its order. Each
 * position remembers the key instance it held last and the value found for it, so a repeated
 * walk finds each value with one identity test instead of a hash lookup; any other key is
 * looked up by the caller, who stays the owner of the values. Mutable and not thread-safe.
 *
 * @param <T> the values
 */
final class Slots<T> {

  private String[] keys = new String[16];
  private Object[] values = new Object[16];
  private int next;

  /** Starts a walk from its first position. */
  void restart() {
    next = 0;
  }

  /** The value at the walk's next position when that position held {@code key} last time; null otherwise. */
  @SuppressWarnings("unchecked")
  T next(String key) {
    int at = next++;
    return at < keys.length && keys[at] == key ? (T) values[at] : null;
  }

  /** Remembers {@code value} as that of {@code key} at the position {@link #next} just passed. */
  void remember(String key, T value) {
    int at = next - 1;
    if (at >= keys.length) {
      keys = Arrays.copyOf(keys, Math.max(2 * keys.length, at + 1));
      values = Arrays.copyOf(values, keys.length);
    }
    keys[at] = key;
    values[at] = value;
  }
}
