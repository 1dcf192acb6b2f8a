package org.rubric4j.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link GroupKey}'s order: values element by element, then size, then the names as one text. */
class GroupKeyOrderPropertiesTest {

  @Provide
  Arbitrary<GroupKey> keys() {
    Arbitrary<String> parts = Arbitraries.strings().withChars("ab,!-").ofMaxLength(3);
    return Arbitraries.integers().between(0, 3).flatMap(size -> Combinators.combine(
        parts.list().ofSize(size), parts.list().ofSize(size)).as(GroupKey::new));
  }

  @Property(tries = 3000)
  void ordersAsValuesThenSizeThenJoinedNames(@ForAll("keys") GroupKey a, @ForAll("keys") GroupKey b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(reference(a, b)));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property(tries = 1000)
  void equalKeysCompareEqualWhetherTheirListsAreSharedOrNot(@ForAll("keys") GroupKey a) {
    GroupKey copy = new GroupKey(List.copyOf(a.names().stream().map(String::new).toList()),
        a.values().stream().map(String::new).toList());
    assertThat(a.compareTo(copy)).isZero();
    assertThat(a.compareTo(a)).isZero();
  }

  /** The order as it was always defined, joining the names at every comparison. */
  private static int reference(GroupKey a, GroupKey b) {
    for (int k = 0; k < Math.min(a.values().size(), b.values().size()); k++) {
      int c = a.values().get(k).compareTo(b.values().get(k));
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(a.values().size(), b.values().size());
    return c != 0 ? c : String.join(",", a.names()).compareTo(String.join(",", b.names()));
  }
}
