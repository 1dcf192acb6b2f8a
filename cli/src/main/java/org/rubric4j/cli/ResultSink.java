package org.rubric4j.cli;

import org.rubric4j.Evaluation;





/** Where scored evaluations go, one at a time, in input order. */
interface ResultSink {

  /** Takes the next evaluation. */
  void accept(Evaluation evaluation);

  /** Called once after the last evaluation. */
  default void finish() {}
}
