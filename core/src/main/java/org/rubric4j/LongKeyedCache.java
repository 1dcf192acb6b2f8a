package org.rubric4j;

import java.util.function.LongFunction;

/**
 * A small direct-mapped cache from longs to immutable values, for the per-node results of fast
 * evaluations: a dimension's sum of contributions takes few distinct values over a data set, and
 * converting one to a decimal costs more than looking it up. A slot holds the last key that
 * mapped to it; a miss computes and replaces. Thread-safe without locks: a slot holds an
 * immutable entry, so a reader sees a whole entry or another whole entry, never a torn one, and
 * a racing writer only stores an equal value.
 *
 * @param <V> the values, immutable
 */
final class LongKeyedCache<V> {

  private static final int SLOTS = 64;

  private record Entry<V>(long key, V value) {}

  @SuppressWarnings("unchecked")
  private final Entry<V>[] slots = new Entry[SLOTS];

  /** The value of {@code key}: the one kept, or {@code compute}'s, which is then kept. */
  V get(long key, LongFunction<V> compute) {
    V known = get(key);
    if (known != null) {
      return known;
    }
    V value = compute.apply(key);
    put(key, value);
    return value;
  }

  /** The value kept for {@code key}, or null. */
  V get(long key) {
    Entry<V> e = slots[slot(key)];
    return e != null && e.key == key ? e.value : null;
  }

  /** Keeps {@code value} for {@code key}, in place of whatever its slot held. */
  void put(long key, V value) {
    slots[slot(key)] = new Entry<>(key, value);
  }

  private static int slot(long key) {
    return (int) ((key ^ (key >>> 29)) * 0x9E3779B97F4A7C15L >>> 58);
  }
}
