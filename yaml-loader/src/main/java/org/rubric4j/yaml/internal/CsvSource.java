package org.rubric4j.yaml.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;

/**
 * The evaluations of a CSV document, one a row: the header row names the columns ({@code id},
 * {@code subject}, {@code period}, {@code tag.*}, {@code flag.*}, {@code evidence.*} and
 * indicator ids) and is checked first, so a bad header stops the reading before any row; each
 * row then gives one record, valid or with every reason it is not. Rows are split by
 * {@link CsvRecordReader}, so a row that breaks the syntax or holds bytes that are not UTF-8 is
 * reported at its line and the rows after it are still read.
 */
final class CsvSource extends RecordSource {

  private final CsvRecordReader rows;
  private long currentLine = 1;
  private List<String> header;
  /** The header's columns, read once: what each holds and the texts its problems name. */
  private Column[] columns;
  private int idColumn;
  private boolean headerRead;

  private enum Kind { ID, SUBJECT, PERIOD, TAG, FLAG, EVIDENCE, VALUE }

  /**
   * One column of the header: its kind, the name after its prefix ({@code team} of
   * {@code tag.team}), and where its problems are ({@code column tag.team}).
   */
  private record Column(String header, Kind kind, String name, String at) {
    static Column of(String header) {
      Kind kind = header.equals("id") ? Kind.ID : header.equals("subject") ? Kind.SUBJECT
          : header.equals("period") ? Kind.PERIOD : header.startsWith("tag.") ? Kind.TAG
          : header.startsWith("flag.") ? Kind.FLAG : header.startsWith("evidence.") ? Kind.EVIDENCE : Kind.VALUE;
      String name = switch (kind) {
        case TAG -> header.substring(4);
        case FLAG -> header.substring(5);
        case EVIDENCE -> header.substring(9);
        default -> header;
      };
      return new Column(header, kind, name, "column " + header);
    }
  }

  /** Over the bytes of {@code in}, UTF-8 without a BOM ({@link ObservationSources#withoutBom}). */
  CsvSource(InputStream in, String source, ObservationChecks checks) {
    super(source, checks);
    this.rows = new CsvRecordReader(in, ObservationSources.MAX_RECORD_CHARS);
  }

  @Override
  long currentLine() {
    return currentLine;
  }

  @Override
  ObservationRecord fetch() {
    try {
      if (!headerRead) {
        headerRead = true;
        CsvRecordReader.Raw h = nextRow();
        if (h == null) {
          return null;
        }
        String problem = h.problem() != null ? h.problem() : checkHeader(h.cells());
        if (problem != null) {
          finish();
          return invalid(h.line(), Optional.empty(), "header: " + problem + "; no row was read");
        }
        header = h.cells();
        columns = header.stream().map(Column::of).toArray(Column[]::new);
        idColumn = header.indexOf("id");
      }
      while (true) {
        CsvRecordReader.Raw r = nextRow();
        if (r == null) {
          return null;
        }
        if (r.problem() == null && r.cells().size() == 1 && r.cells().get(0).isEmpty()) {
          continue; // an empty line
        }
        if (r.problem() != null) {
          if (r.problem().endsWith("reading stopped here")) {
            finish();
          }
          Optional<String> id = r.problem().equals(CsvRecordReader.NOT_UTF8) ? Optional.empty() : idOf(r.cells());
          return invalid(r.line(), id, r.problem());
        }
        return fromRow(r);
      }
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      finish();
      return invalid(currentLine(), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause() != null ? e.getCause() : e));
    }
  }

  private CsvRecordReader.Raw nextRow() {
    CsvRecordReader.Raw r = rows.next();
    if (r != null) {
      currentLine = r.line();
    }
    return r;
  }

  /** The id of a row that could not be read whole, when its id cell was read. */
  private Optional<String> idOf(List<String> cells) {
    int idColumn = header == null ? -1 : header.indexOf("id");
    if (idColumn < 0 || idColumn >= cells.size() || cells.get(idColumn).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(cells.get(idColumn).strip());
  }

  private String checkHeader(List<String> cells) {
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (String c : cells) {
      if (!seen.add(c)) {
        problems.add("column `" + Text.shorten(c) + "` appears twice");
      }
      String unknown = columnProblem(c);
      if (unknown != null) {
        problems.add(unknown);
      }
    }
    if (!seen.contains("id")) {
      problems.add("there is no `id` column");
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  private String columnProblem(String c) {
    if (c.equals("id") || c.equals("subject") || c.equals("period")) {
      return null;
    }
    if (c.startsWith("tag.")) {
      return c.length() > 4 ? null : "column `tag.` names no tag";
    }
    if (c.startsWith("flag.")) {
      String p = checks.unknownFlag(c.substring(5));
      return p == null ? null : "column `" + Text.shorten(c) + "`: " + p;
    }
    if (c.startsWith("evidence.")) {
      String p = checks.unknownIndicator(c.substring(9));
      return p == null ? null : "column `" + Text.shorten(c) + "`: " + p;
    }
    if (c.isBlank()) {
      return "a column has no name";
    }
    String p = checks.unknownIndicator(c);
    return p == null ? null : "column `" + Text.shorten(c) + "`: " + p;
  }

  private ObservationRecord fromRow(CsvRecordReader.Raw r) {
    ObservationChecks.Draft d = checks.draft();
    List<String> cells = r.cells();
    if (idColumn < cells.size()) {
      d.id(cells.get(idColumn).strip());
    } else {
      d.problem("", ObservationChecks.NO_ID, "the row has no id");
    }
    if (cells.size() != header.size()) {
      d.problem("the row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + ", the header has "
          + header.size());
      return invalid(r.line(), d.id(), d.problems());
    }
    for (int i = 0; i < columns.length; i++) {
      Column column = columns[i];
      String cell = cells.get(i);
      if (cell.isEmpty() && !checks.isChecklist(column.header) || column.kind == Kind.ID) {
        continue; // an empty cell is no value, but on a checklist it ticks nothing
      }
      switch (column.kind) {
        case SUBJECT -> d.subject(cell);
        case PERIOD -> d.period(column.at, cell.strip());
        case TAG -> d.tag(column.name, cell);
        case FLAG -> {
          String v = cell.strip();
          if (v.equals("true") || v.equals("false")) {
            d.flag(column.at, column.name, Boolean.parseBoolean(v));
          } else {
            d.problem(column.at, "invalid-value", "`" + Text.shorten(cell) + "` is not a flag; write true or false"
                + (Scalars.ambiguityOfPlainText(v) != null ? " (yes, on, 1 and the like are not flags)" : ""));
          }
        }
        case EVIDENCE -> d.evidence(column.at, column.name, cell);
        default -> d.value(column.at, column.header, cell.strip());
      }
    }
    return record(r.line(), d);
  }
}
