package org.rubric4j.rule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Level rules, as seed 000 anchors 解决方案合理性 on 1–5. */
class LevelRuleTest {

  private static final LevelRule SOLUTION_QUALITY = LevelRule.of(List.of(
      new Level(1, "方案无效需重复处理"), new Level(2, "方案基本可行需调整"), new Level(3, "方案可行"),
      new Level(4, "方案高效且客户认可"), new Level(5, "方案超出客户预期")));

  @Test
  void theChosenLevelIsTheScore() {
    assertThat(SOLUTION_QUALITY.score(Quantity.level(4)).points()).isEqualByComparingTo("4");
  }

  @Test
  void theScoreNamesTheLevelWithItsAnchor() {
    assertThat(SOLUTION_QUALITY.score(Quantity.level(5)).matched()).isEqualTo("5 方案超出客户预期");
  }

  @Test
  void theMaximumIsTheHighestLevelAndTheMinimumTheLowest() {
    assertThat(SOLUTION_QUALITY.maximum()).isEqualByComparingTo("5");
    assertThat(SOLUTION_QUALITY.minimum()).isEqualByComparingTo("1");
  }

  @Test
  void levelsDeclaredInAnyOrderAreKeptAscending() {
    LevelRule rule = LevelRule.of(List.of(new Level(3, ""), new Level(1, ""), new Level(2, "")));

    assertThat(rule.levels()).extracting(Level::value).containsExactly(1, 2, 3);
  }

  @Test
  void anUndeclaredLevelIsAnErrorListingTheDeclaredOnes() {
    assertThatThrownBy(() -> SOLUTION_QUALITY.score(Quantity.level(6)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("level 6 is not declared; the levels are 1, 2, 3, 4, 5");
  }

  @Test
  void aValueOfAnotherMeasureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> SOLUTION_QUALITY.score(Quantity.count(4)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"4\" is a count, but this indicator measures a level");
  }

  @Test
  void aLevelDeclaredTwiceIsAnErrorNamingIt() {
    assertThatThrownBy(() -> LevelRule.of(List.of(new Level(1, "a"), new Level(1, "b"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("level 1 is declared twice");
  }

  @Test
  void aRuleWithoutLevelsIsAnError() {
    assertThatThrownBy(() -> LevelRule.of(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a level rule needs at least one level");
  }

  @Test
  void aRuleWhoseHighestLevelIsZeroIsAnError() {
    assertThatThrownBy(() -> LevelRule.of(List.of(new Level(0, "none"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the highest level must be above 0");
  }

  @Test
  void aNegativeLevelIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new Level(-1, ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a level must be at least 0, was -1");
  }

  @Test
  void aLevelWithoutAnchorIsWrittenAsItsNumber() {
    assertThat(new Level(3, "")).hasToString("3");
  }
}
