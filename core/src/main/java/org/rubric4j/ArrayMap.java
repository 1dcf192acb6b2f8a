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
      for (int k = 0; k < keys.length; k++) {
        if (keys[k] == key) {
          return k;
        }
      }
      for (int k = 0; k < keys.length; k++) {
        if (keys[k].equals(key)) {
          return k;
        }
      }
      return -1;
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
   */
  static final class Growing {
    private static final String[] NO_KEYS = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private String[] keys = NO_KEYS;
    private Object[] values = NO_VALUES;
    private int size;
    /** Positions by key once there are more than a scan is worth; null until then. */
    private Map<String, Integer> index;

    void put(String key, Object value) {
      int k = indexOf(key);
      if (k >= 0) {
        values[k] = value;
        return;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, Math.max(8, 2 * size));
        values = Arrays.copyOf(values, Math.max(8, 2 * size));
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
      for (int k = 0; k < size; k++) {
        if (keys[k].equals(key)) {
          return k;
        }
      }
      return -1;
    }

    int size() {
      return size;
    }

    /** The keys so far, in order, as a new array (or a shared empty one). */
    String[] keys() {
      return size == 0 ? NO_KEYS : Arrays.copyOf(keys, size);
    }

    /** The values so far, in order, as a new array of {@code type}. */
    @SuppressWarnings("unchecked")
    <T> T[] values(T[] type) {
      return Arrays.copyOf(values, size, (Class<? extends T[]>) type.getClass());
    }

    /** The entries so far as an immutable map of their own arrays. */
    <V> Map<String, V> toMap() {
      return size == 0 ? empty() : new ArrayMap<>(keys(), Arrays.copyOf(values, size));
    }
  }
}
