package org.rubric4j.cli;

import java.util.Arrays;

/**
 * The line each id was first seen on, for refusing later rows of the same id, kept compactly:
 * the ids' characters one after another in one byte array (one byte a character when every
 * character of the id fits in one, two otherwise), and an open-addressing table of positions
 * with each id's hash beside it. About 40 bytes per id plus its characters, where a
 * {@code HashMap<String, Long>} takes some 110 for a 14-character id. Exact: ids are compared
 * character by character, never by hash alone. Not thread-safe.
 */
final class FirstLines {

  /** The ids' bytes, one after another; id {@code i} starts at {@code starts[i]}. */
  private byte[] bytes = new byte[1 << 12];
  private int used;
  private int[] starts = new int[256];
  /** Per id, its length in characters × 2, + 1 when it is held in two bytes a character. */
  private int[] shapes = new int[256];
  private int[] hashes = new int[256];
  private long[] lines = new long[256];
  private int count;
  /** Id indexes + 1 by hash, 0 where empty; never more than half full. */
  private int[] table = new int[512];

  /**
   * The line {@code id} was first seen on, or −1 when this is the first time, and then
   * {@code line} is kept as its first line.
   */
  long putIfAbsent(String id, long line) {
    int hash = id.hashCode();
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        add(id, hash, line);
        table[slot] = count;
        if (2 * count > table.length) {
          rehash();
        }
        return -1;
      }
      if (hashes[entry - 1] == hash && holds(entry - 1, id)) {
        return lines[entry - 1];
      }
    }
  }

  private boolean holds(int index, String id) {
    int shape = shapes[index];
    int length = shape >>> 1;
    if (length != id.length()) {
      return false;
    }
    int at = starts[index];
    boolean wide = (shape & 1) != 0;
    for (int k = 0; k < length; k++) {
      char c = wide ? (char) ((bytes[at + 2 * k] & 0xFF) << 8 | (bytes[at + 2 * k + 1] & 0xFF))
          : (char) (bytes[at + k] & 0xFF);
      if (c != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void add(String id, int hash, long line) {
    int length = id.length();
    boolean wide = false;
    for (int k = 0; k < length && !wide; k++) {
      wide = id.charAt(k) > 0xFF;
    }
    int size = wide ? 2 * length : length;
    if (used + size > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length + (bytes.length >> 1), used + size));
    }
    for (int k = 0; k < length; k++) {
      char c = id.charAt(k);
      if (wide) {
        bytes[used + 2 * k] = (byte) (c >>> 8);
        bytes[used + 2 * k + 1] = (byte) c;
      } else {
        bytes[used + k] = (byte) c;
      }
    }
    if (count == lines.length) {
      int larger = count + (count >> 1);
      lines = Arrays.copyOf(lines, larger);
      starts = Arrays.copyOf(starts, larger);
      shapes = Arrays.copyOf(shapes, larger);
      hashes = Arrays.copyOf(hashes, larger);
    }
    starts[count] = used;
    shapes[count] = length << 1 | (wide ? 1 : 0);
    hashes[count] = hash;
    lines[count] = line;
    used += size;
    count++;
  }

  private void rehash() {
    int[] larger = new int[2 * table.length];
    int mask = larger.length - 1;
    for (int index = 0; index < count; index++) {
      int slot = spread(hashes[index]) & mask;
      while (larger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      larger[slot] = index + 1;
    }
    table = larger;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
