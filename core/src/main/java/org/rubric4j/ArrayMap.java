package org.rubric4j;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map over two arrays, keys and values in insertion order, for {@link Observations}:
 * a handful of entries read by position far more often than by key, where a
 * {@code LinkedHashMap} costs an entry object per value and a copy per observation. Lookups by
 * key scan the keys when there are few and use an index built on first use otherwise. Equal to
 * any map with the same entries ({@link AbstractMap}); never modified, so safe to share.
 *
 * @param <V> the values
 */
final class ArrayMap<V> extends AbstractMap<String, V> {

  @SuppressWarnings("rawtypes")
  private static final ArrayMap EMPTY = new ArrayMap<>(new String[0], new Object[0]);

  /** The empty map, which, unlike {@code Map.of()}, answers a lookup of null with null. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> empty() {
    return EMPTY;
  }

  /** Up to this many keys a lookup scans them; beyond, it reads an index. */
  private static final int SCANNED = 12;

  private final String[] keys;
  private final Object[] values;
  private volatile Map<String, Integer> index;

  /** The map of {@code keys[k] → values[k]}; the arrays are the map's from now on, never to be modified. */
  ArrayMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The position of {@code key}, or −1. */
  int indexOf(Object key) {
    if (keys.length <= SCANNED) {
      return scan(keys, keys.length, key);
    }
    Map<String, Integer> byKey = index;
    if (byKey == null) {
      byKey = new HashMap<>(2 * keys.length);
      for (int k = 0; k < keys.length; k++) {
        byKey.put(keys[k], k);
      }
      index = byKey; // a race builds an equal index twice
    }
    Integer at = byKey.get(key);
    return at == null ? -1 : at;
  }

  /**
   * The position of {@code key} among the first {@code size} of {@code keys} (which are
   * distinct), or −1, in one pass: ids are most often the same constants, so identity settles
   * it at once; otherwise strings' cached hashes are compared before their characters, so a new
   * key costs a comparison of ints per key held.
   */
  static int scan(String[] keys, int size, Object key) {
    if (!(key instanceof String wanted)) {
      return -1;
    }
    int hash = wanted.hashCode();
    for (int k = 0; k < size; k++) {
      String held = keys[k];
      if (held == wanted || (held.hashCode() == hash && held.equals(wanted))) {
        return k;
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int k = indexOf(key);
    return k < 0 ? null : (V) values[k];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Entry<String, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int k = next++;
            return new SimpleImmutableEntry<>(keys[k], (V) values[k]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  /**
   * Entries collected in insertion order, a later value for a key replacing the earlier one in
   * its place, as a {@code LinkedHashMap} does. Mutable and not thread-safe.
   *
   * <p>What it hands out ({@link #keys()}, {@link #values()}, {@link #toMap()}) is never changed
   * afterwards: when its arrays are full they are handed out as they are, without a copy, and
   * the next change copies them first (copy on write), so building once costs no copy.
   */
  static final class Growing {
    private static final String[] NO_KEYS = new String[0];

    private final Object[] noValues;
    private String[] keys = NO_KEYS;
    private Object[] values;
    private int size;
    /** Whether {@link #keys} and {@link #values} were handed out, and so must be copied before a change. */
    private boolean shared;
    /** Positions by key once there are more than a scan is worth; null until then. */
    private Map<String, Integer> index;

    /** Values of any type. */
    Growing() {
      this(new Object[0]);
    }

    /** Values kept in arrays of {@code empty}'s type, so that {@link #values()} is of that type. */
    Growing(Object[] empty) {
      this.noValues = empty;
      this.values = empty;
    }

    void put(String key, Object value) {
      int k = indexOf(key);
      if (shared) {
        keys = Arrays.copyOf(keys, k >= 0 ? keys.length : Math.max(8, 2 * size));
        values = Arrays.copyOf(values, keys.length);
        shared = false;
      }
      if (k >= 0) {
        values[k] = value;
        return;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, Math.max(8, 2 * size));
        values = Arrays.copyOf(values, keys.length);
      }
      keys[size] = key;
      values[size] = value;
      if (index != null) {
        index.put(key, size);
      } else if (size + 1 > SCANNED) {
        index = new HashMap<>();
        for (int j = 0; j <= size; j++) {
          index.put(keys[j], j);
        }
      }
      size++;
    }

    void putAll(Map<String, ?> map) {
      map.forEach(this::put);
    }

    private int indexOf(String key) {
      if (index != null) {
        Integer at = index.get(key);
        return at == null ? -1 : at;
      }
      return scan(keys, size, key);
    }

    int size() {
      return size;
    }

    /** The keys so far, in order; never changed afterwards, never to be modified. */
    String[] keys() {
      return handedOver(keys, NO_KEYS);
    }

    /**
     * The values so far, in order, in an array of the type given at construction; never changed
     * afterwards, never to be modified.
     */
    Object[] values() {
      return handedOver(values, noValues);
    }

    /** The first {@link #size} of {@code held}: itself when full (then shared until the next change), else a copy. */
    private <T> T[] handedOver(T[] held, T[] empty) {
      if (size == 0) {
        return empty;
      }
      if (size == held.length) {
        shared = true;
        return held;
      }
      return Arrays.copyOf(held, size);
    }

    /** The entries so far as an immutable map of their own arrays. */
    <V> Map<String, V> toMap() {
      return size == 0 ? empty() : new ArrayMap<>(keys(), values());
    }
  }
}
