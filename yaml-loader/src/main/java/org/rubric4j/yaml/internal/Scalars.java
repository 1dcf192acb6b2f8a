package org.rubric4j.yaml.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.rubric4j.internal.Text;

/**
 * The strict reading of scalars shared by the rubric and observation readers, and the quoting
 * rule of the writer: a plain scalar is accepted only when YAML 1.1 and YAML 1.2 agree on what it
 * is, so {@code 010}, {@code 0x10}, {@code 1_000}, {@code yes}, {@code on}, {@code ~} and
 * {@code .inf} are refused instead of being silently read one way or the other.
 */
public final class Scalars {

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Largest decimal exponent accepted ({@code 1e100}); {@code 1e1000000000} is refused at once. */
  public static final int MAX_EXPONENT = 100;

  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY_NAN = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)|[-+]?(Infinity|NaN)");
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
  private static final Pattern RADIX = Pattern.compile("[-+]?0[xXoObB][0-9a-fA-F_]*");
  private static final Pattern UNDERSCORE = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  private static final Pattern LOOSE_NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+\\.|\\+[0-9].*)([eE][-+]?[0-9]+)?");
  private static final Pattern YAML11_BOOLEAN =
      Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|True|TRUE|False|FALSE");
  private static final Pattern YAML_NULL = Pattern.compile("~|Null|NULL");

  private Scalars() {}

  /** Whether {@code text} is a word YAML 1.1 reads as a boolean ({@code yes}, {@code off}, {@code Y}, {@code True}, ...). */
  public static boolean isYaml11Boolean(String text) {
    return YAML11_BOOLEAN.matcher(text).matches();
  }

  /** Null when {@code text}, a plain (unquoted) YAML scalar Jackson read as text, is safe text; otherwise why not. */
  public static String ambiguityOfPlainText(String text) {
    if (INFINITY_NAN.matcher(text).matches()) {
      return "`" + text + "` is not allowed: NaN and infinities are not numbers here"
          + "; quote it if you mean the text";
    }
    if (RADIX.matcher(text).matches()) {
      return "`" + text + "` is a hexadecimal, octal or binary number in some YAML versions and text in others"
          + "; write the number in decimal, or quote it if you mean the text";
    }
    if (LEADING_ZERO.matcher(text).matches()) {
      return "`" + text + "` has a leading zero (an octal number in YAML 1.1)"
          + "; write it without the leading zero, or quote it if you mean the text";
    }
    if (text.indexOf('_') >= 0 && UNDERSCORE.matcher(text).matches()) {
      return "`" + text + "` uses `_` as a digit separator (a number in YAML 1.1, text in YAML 1.2)"
          + "; write " + text.replace("_", "") + ", or quote it if you mean the text";
    }
    if (SEXAGESIMAL.matcher(text).matches()) {
      return "`" + text + "` is a base-60 number in YAML 1.1; quote it if you mean the text";
    }
    if (LOOSE_NUMBER.matcher(text).matches()) {
      return "`" + text + "` is not a plain decimal number; write it like 0.5, 5 or 5.0, or quote it";
    }
    if (YAML11_BOOLEAN.matcher(text).matches()) {
      return "`" + text + "` is a boolean in YAML 1.1 and text in YAML 1.2"
          + "; write true or false, or quote it (\"" + text + "\") if you mean the text";
    }
    if (YAML_NULL.matcher(text).matches()) {
      return "`" + text + "` means null in YAML; write null, leave the key out, or quote it if you mean the text";
    }
    return null;
  }

  /** Null when {@code text} is a number this library accepts; otherwise why not. */
  public static String numberProblem(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      return "the number `" + Text.shorten(text) + "` is longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (INFINITY_NAN.matcher(text).matches()) {
      return "`" + text + "` is not allowed: NaN and infinities are not numbers here";
    }
    if (!NUMBER.matcher(text).matches()) {
      String why = ambiguityOfPlainText(text);
      return why != null ? why : "`" + Text.shorten(text) + "` is not a plain decimal number; write it like 0.5, 5 or 5.0";
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e >= 0) {
      String exponent = text.substring(e + 1).replace("+", "");
      String digits = exponent.replace("-", "").replaceFirst("^0+(?=.)", "");
      if (digits.length() > 4 || Math.abs(Integer.parseInt(exponent.replaceFirst("^([-]?)0+(?=.)", "$1"))) > MAX_EXPONENT) {
        return "the number `" + Text.shorten(text) + "` is out of range; its exponent may be at most "
            + MAX_EXPONENT;
      }
    }
    return null;
  }

  /** The value of a number that passed {@link #numberProblem}. */
  public static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }

  /** Whether {@code text} may be written as a plain YAML scalar and read back as the same text. */
  public static boolean isSafePlainText(String text) {
    if (text.isEmpty() || !text.equals(text.strip()) || text.length() > 200) {
      return false;
    }
    if (ambiguityOfPlainText(text) != null || NUMBER.matcher(text).matches()) {
      return false;
    }
    return !text.equals("true") && !text.equals("false") && !text.equals("null");
  }
}
