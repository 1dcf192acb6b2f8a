package org.rubric4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ArrayMap} behaves as the {@code LinkedHashMap} it stands in for, small and large. */
class ArrayMapTest {

  @Test
  void agreesWithALinkedHashMapThroughReplacementsAndGrowth() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 300; round++) {
      ArrayMap.Growing growing = new ArrayMap.Growing();
      Map<String, Integer> expected = new LinkedHashMap<>();
      int puts = random.nextInt(60);
      for (int k = 0; k < puts; k++) {
        String key = "k" + random.nextInt(40);
        int value = random.nextInt(100);
        growing.put(key, value);
        expected.put(key, value);
      }
      Map<String, Integer> map = growing.toMap();
      assertThat(map).isEqualTo(expected);
      assertThat(expected).isEqualTo(map);
      assertThat(map.hashCode()).isEqualTo(expected.hashCode());
      assertThat(map.toString()).isEqualTo(expected.toString());
      assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
      assertThat(new ArrayList<>(map.values())).isEqualTo(new ArrayList<>(expected.values()));
      for (int k = 0; k < 45; k++) {
        assertThat(map.get("k" + k)).isEqualTo(expected.get("k" + k));
        assertThat(map.containsKey("k" + k)).isEqualTo(expected.containsKey("k" + k));
      }
      assertThat(map.get(null)).isNull();
    }
  }

  @Test
  void keysOfEqualHashesAreToldApartAndOtherTypesAreNeverKeys() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    ArrayMap.Growing growing = new ArrayMap.Growing();
    growing.put("Aa", 1);
    growing.put(new String("BB"), 2);
    growing.put(new String("Aa"), 3); // replaces the first, in its place
    Map<String, Integer> map = growing.toMap();
    assertThat(map).containsExactly(Map.entry("Aa", 3), Map.entry("BB", 2));
    assertThat(map.get(new String("BB"))).isEqualTo(2);
    assertThat(map.get("AaBB")).isNull();
    assertThat(map.get(Integer.valueOf(1))).isNull();
    assertThat(map.containsKey(new StringBuilder("Aa"))).isFalse();
  }

  @Test
  void cannotBeChangedAndItsBuilderChangesNoMapBuiltBefore() {
    ArrayMap.Growing growing = new ArrayMap.Growing();
    growing.put("a", 1);
    Map<String, Integer> before = growing.toMap();
    growing.put("a", 2);
    growing.put("b", 3);
    assertThat(before).containsExactly(Map.entry("a", 1));
    assertThatThrownBy(() -> before.put("c", 4)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> before.entrySet().iterator().next().setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ArrayMap.Growing().toMap()).isEmpty();
  }

  @Test
  void observationsBuiltEarlierKeepTheirValuesWhenTheBuilderGoesOn() {
    Observations.Builder b = Observations.builder("ev").value("a", 1).tag("team", "x");
    Observations first = b.build();
    Observations second = b.value("a", 2).value("b", 3).tag("team", "y").build();
    assertThat(first.values()).containsExactly(Map.entry("a", new Value.Whole(1)));
    assertThat(first.tags()).containsExactly(Map.entry("team", "x"));
    assertThat(second.values().keySet()).containsExactly("a", "b");
    assertThat(second.values().get("a")).isEqualTo(new Value.Whole(2));
    List<String> many = new ArrayList<>();
    Observations.Builder big = Observations.builder("big");
    for (int k = 0; k < 100; k++) {
      big.value("i" + k, k);
      many.add("i" + k);
    }
    assertThat(big.value("i7", 70).build().values().keySet()).containsExactlyElementsOf(many);
    assertThat(big.build().values().get("i7")).isEqualTo(new Value.Whole(70));
  }

  /** Full arrays are handed over without a copy; the builder's next change must copy them first. */
  @Test
  void aFullBuilderHandsItsArraysOverAndCopiesThemBeforeTheNextChange() {
    Observations.Builder b = Observations.builder("ev");
    for (int k = 0; k < 8; k++) {
      b.value("i" + k, k);
    }
    Observations full = b.build();
    Observations replaced = b.value("i3", 30).build();
    Observations grown = b.value("i8", 8).build();
    Observations again = b.value("i0", 100).build();
    assertThat(full.values()).hasSize(8).containsEntry("i3", new Value.Whole(3)).containsEntry("i0", new Value.Whole(0));
    assertThat(replaced.values()).hasSize(8).containsEntry("i3", new Value.Whole(30)).containsEntry("i0", new Value.Whole(0));
    assertThat(grown.values()).hasSize(9).containsEntry("i8", new Value.Whole(8)).containsEntry("i0", new Value.Whole(0));
    assertThat(again.values()).hasSize(9).containsEntry("i0", new Value.Whole(100));
    assertThat(full.orderedValueIds()).containsExactly("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7");
    ArrayMap.Growing flags = new ArrayMap.Growing(new Boolean[0]);
    flags.put("f", true);
    assertThat(flags.values()).isInstanceOf(Boolean[].class).containsExactly(true);
  }
}
