package org.rubric4j.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scan of a text, which skips printable ASCII, finds what a check of every code point finds. */
class ForbiddenCharactersPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("ab1 ~\t\n\r\u0000\u001f\u007f\u0080\u0085\u009f\u00a0é首\uD83D\uDE00\uDC00\uD800")
        .ofMaxLength(8);
  }

  @Property(tries = 5000)
  void findsTheFirstForbiddenCharacterAsACheckOfEachOneDoes(@ForAll("texts") String text) {
    assertThat(ForbiddenCharacters.inText(text)).isEqualTo(everyCodePoint(text));
  }

  @Property(tries = 3000)
  void aKeyIsCheckedAsATextEveryTimeItIsAsked(@ForAll("texts") String key) {
    String expected = everyCodePoint(key);
    assertThat(ForbiddenCharacters.inKey(key)).isEqualTo(expected);
    assertThat(ForbiddenCharacters.inKey(key)).isEqualTo(expected);
    assertThat(ForbiddenCharacters.inKey(new String(key))).isEqualTo(expected);
  }

  /** The first problem, checking every code point from the start. */
  private static String everyCodePoint(String text) {
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      String why = ForbiddenCharacters.why(text, i);
      if (why != null) {
        return why;
      }
    }
    return null;
  }
}
