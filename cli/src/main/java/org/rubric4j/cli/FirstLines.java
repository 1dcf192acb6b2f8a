package org.rubric4j.cli;

import java.util.Arrays;

/**
 * The line each id was first seen on, for refusing later rows of the same id, kept compactly:
 * the ids' characters one after another in one array and an open-addressing table of positions,
 * about 2 bytes per character of an id and 48 per id, where a {@code HashMap<String, Long>} takes
 * some 150. Exact: ids are compared character by character, never by hash alone. Not thread-safe.
 */
final class FirstLines {

  /** The ids' characters, one after another; id {@code i} is {@code chars[starts[i], starts[i + 1])}. */
  private char[] chars = new char[1 << 12];
  private int[] starts = new int[257];
  private long[] lines = new long[256];
  private int count;
  /**
   * By hash, each id's hash (high half) and index + 1 (low half), 0 where empty; never more than
   * half full. The hash rejects most other ids without reading their characters.
   */
  private long[] table = new long[512];

  /**
   * The line {@code id} was first seen on, or −1 when this is the first time, and then
   * {@code line} is kept as its first line.
   */
  long putIfAbsent(String id, long line) {
    int hash = id.hashCode();
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry == 0) {
        add(id, line);
        table[slot] = entryOf(hash, count - 1);
        if (2 * count > table.length) {
          rehash();
        }
        return -1;
      }
      int index = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && holds(index, id)) {
        return lines[index];
      }
    }
  }

  private static long entryOf(int hash, int index) {
    return (long) hash << 32 | (index + 1L);
  }

  private boolean holds(int index, String id) {
    int from = starts[index];
    int length = starts[index + 1] - from;
    if (length != id.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (chars[from + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void add(String id, long line) {
    int from = starts[count];
    if (from + id.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, from + id.length()));
    }
    id.getChars(0, id.length(), chars, from);
    if (count + 1 == lines.length) {
      lines = Arrays.copyOf(lines, 2 * lines.length);
      starts = Arrays.copyOf(starts, 2 * lines.length + 1);
    }
    lines[count] = line;
    count++;
    starts[count] = from + id.length();
  }

  private void rehash() {
    long[] larger = new long[2 * table.length];
    int mask = larger.length - 1;
    for (long entry : table) {
      if (entry != 0) {
        int slot = spread((int) (entry >>> 32)) & mask;
        while (larger[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        larger[slot] = entry;
      }
    }
    table = larger;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
