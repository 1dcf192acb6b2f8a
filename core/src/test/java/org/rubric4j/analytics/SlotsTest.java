package org.rubric4j.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A position gives back its value only for the very key instance it was remembered with. */
class SlotsTest {

  @Test
  void aRepeatedWalkFindsItsValuesAndAnyOtherKeyFindsNothing() {
    Slots<Integer> slots = new Slots<>();
    String a = "a";
    String b = "b";
    slots.restart();
    assertThat(slots.next(a)).isNull();
    slots.remember(a, 1);
    assertThat(slots.next(b)).isNull();
    slots.remember(b, 2);

    slots.restart();
    assertThat(slots.next(a)).isEqualTo(1);
    assertThat(slots.next(b)).isEqualTo(2);

    slots.restart();
    assertThat(slots.next(b)).as("another key at the first position").isNull();
    assertThat(slots.next(new String("b"))).as("an equal key that is another instance").isNull();
  }

  @Test
  void walksLongerThanTheFirstCapacityAreRemembered() {
    Slots<Integer> slots = new Slots<>();
    String[] keys = new String[100];
    slots.restart();
    for (int k = 0; k < keys.length; k++) {
      keys[k] = "key-" + k;
      slots.next(keys[k]);
      slots.remember(keys[k], k);
    }
    slots.restart();
    for (int k = 0; k < keys.length; k++) {
      assertThat(slots.next(keys[k])).isEqualTo(k);
    }
  }
}
