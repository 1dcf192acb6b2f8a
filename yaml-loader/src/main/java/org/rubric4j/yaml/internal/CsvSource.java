package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * The evaluations of a CSV document, one a row: the header row names the columns ({@code id},
 * {@code subject}, {@code period}, {@code tag.*}, {@code flag.*}, {@code evidence.*} and
 * indicator ids) and is checked first, so a bad header stops the reading before any row; each
 * row then gives one record, valid or with every reason it is not.
 */
final class CsvSource extends ParserSource {
  private static final CsvFactory CSV =
      CsvFactory.builder().streamReadConstraints(ObservationSources.CONSTRAINTS).build();

  private List<String> header;
  private boolean headerRead;

  CsvSource(Reader in, String source, ObservationChecks checks) {
    super(CSV.createParser(ObjectReadContext.empty(), in), in, source, checks);
  }

  @Override
  ObservationRecord fetch() {
    try {
      if (!headerRead) {
        headerRead = true;
        Row h = row();
        if (h == null) {
          return null;
        }
        String problem = checkHeader(h.cells());
        if (problem != null) {
          finish();
          return invalid(h.line(), Optional.empty(), "header: " + problem + "; no row was read");
        }
        header = h.cells();
      }
      while (true) {
        Row r = row();
        if (r == null) {
          return null;
        }
        if (r.cells().size() == 1 && r.cells().get(0).isEmpty()) {
          continue; // an empty line
        }
        return fromRow(r);
      }
    } catch (JacksonException e) {
      finish();
      if (e.getCause() instanceof IOException io) {
        return invalid(failureLine(io), Optional.empty(), "cannot read the input: " + ioMessage(io));
      }
      return invalid(syntaxLine(e), Optional.empty(), "CSV syntax error: "
          + ParserMessages.clean(String.valueOf(e.getOriginalMessage())) + "; reading stopped here");
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      finish();
      return invalid(currentLine(), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause() != null ? e.getCause() : e));
    }
  }

  private record Row(long line, List<String> cells) {}

  private Row row() {
    JsonToken t = parser.nextToken();
    while (t != null && t != JsonToken.START_ARRAY) {
      t = parser.nextToken();
    }
    if (t == null) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    long line = 0;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
      if (line == 0) {
        line = Math.max(1, lineOf(parser.currentTokenLocation()));
      }
      cells.add(parser.getString());
    }
    return new Row(line, cells);
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

  private ObservationRecord fromRow(Row r) {
    ObservationChecks.Draft d = checks.draft();
    List<String> cells = r.cells();
    int idColumn = header.indexOf("id");
    if (idColumn < cells.size()) {
      d.id(cells.get(idColumn).strip());
    } else {
      d.problem("the row has no id");
    }
    if (cells.size() != header.size()) {
      d.problem("the row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + ", the header has "
          + header.size());
      return invalid(r.line(), d.id(), d.reasons());
    }
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String cell = cells.get(i);
      if (cell.isEmpty() || column.equals("id")) {
        continue;
      }
      String at = "column " + column;
      if (column.equals("subject")) {
        d.subject(cell);
      } else if (column.equals("period")) {
        d.period(at, cell.strip());
      } else if (column.startsWith("tag.")) {
        d.tag(column.substring(4), cell);
      } else if (column.startsWith("flag.")) {
        String v = cell.strip();
        if (v.equals("true") || v.equals("false")) {
          d.flag(at, column.substring(5), Boolean.parseBoolean(v));
        } else {
          d.problem(at + ": `" + Text.shorten(cell) + "` is not a flag; write true or false"
              + (Scalars.ambiguityOfPlainText(v) != null ? " (yes, on, 1 and the like are not flags)" : ""));
        }
      } else if (column.startsWith("evidence.")) {
        d.evidence(at, column.substring(9), cell);
      } else {
        d.value(at, column, cell.strip());
      }
    }
    return record(r.line(), d);
  }
}
