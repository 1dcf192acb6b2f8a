package org.rubric4j.cli;

import java.util.Arrays;

/**
 * The line each id was first seen on, for refusing later rows of the same id, kept compactly:
 * the ids' characters one after another in one array and an open-addressing table of positions,
 * about 3 bytes per character of an id and 40 per id, where a {@code HashMap<String, Long>} takes
 * some 150. Exact: ids are compared character by character, never by hash alone. Not thread-safe.
 */
final class FirstLines {

  /** The ids' characters, one after another; id {@code i} is {@code chars[starts[i], starts[i + 1])}. */
  private char[] chars = new char[1 << 12];
  private int[] starts = new int[257];
  private long[] lines = new long[256];
  private int count;
  /** Id indexes + 1 by hash, 0 where empty; never more than half full. */
  private int[] table = new int[512];

  /**
   * The line {@code id} was first seen on, or −1 when this is the first time, and then
   * {@code line} is kept as its first line.
   */
  long putIfAbsent(String id, long line) {
    int mask = table.length - 1;
    for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        add(id, line);
        table[slot] = count;
        if (2 * count > table.length) {
          rehash();
        }
        return -1;
      }
      if (holds(entry - 1, id)) {
        return lines[entry - 1];
      }
    }
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
    int[] larger = new int[2 * table.length];
    int mask = larger.length - 1;
    for (int index = 0; index < count; index++) {
      int slot = spread(hashOf(index)) & mask;
      while (larger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      larger[slot] = index + 1;
    }
    table = larger;
  }

  /** {@link String#hashCode()} of id {@code index}, from its characters. */
  private int hashOf(int index) {
    int h = 0;
    for (int k = starts[index]; k < starts[index + 1]; k++) {
      h = 31 * h + chars[k];
    }
    return h;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
