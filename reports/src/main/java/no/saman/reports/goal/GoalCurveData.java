package no.saman.reports.goal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;

/**
 * What a goal's curve shows, laid out as plain numbers and formatted text for the PDF's drawing:
 * the values by day from the baseline (on its own date) to the deadline, the target, and each
 * measure (tiltak) as a numbered mark from its start to its end. Days are epoch days.
 *
 * @param from the first day of the time axis: the baseline, or an earlier measure's start
 * @param to the last day of the time axis: the deadline, or a later measurement or measure end
 * @param points the baseline first, then each measurement with a value and a date, oldest first
 * @param ticks value-axis labels, lowest first; {@code low} and {@code high} bound the axis
 * @param legend the measures by number, e.g. "1. Heiltidsprosjekt (1.6.2012 – 31.5.2013)"
 */
public record GoalCurveData(
    long from,
    long to,
    double low,
    double high,
    double target,
    String targetLabel,
    List<Point> points,
    List<Mark> marks,
    List<Tick> ticks,
    String legend)
    implements Serializable {

  /** A value on a day. */
  public record Point(long day, double value) implements Serializable {}

  /** A measure: its number, its start and its end (null while open-ended). */
  public record Mark(int number, long starts, Long ends) implements Serializable {}

  /** A value-axis label. */
  public record Tick(double value, String text) implements Serializable {}

  /**
   * The curve of a goal, or null when its baseline date or deadline is not a date (nothing to place
   * on a time axis).
   */
  public static GoalCurveData of(Goal goal, FigureFormat format, Labels labels) {
    LocalDate baselineDay = date(goal.baselineDate());
    LocalDate deadline = deadline(goal.deadline());
    if (baselineDay == null || deadline == null) {
      return null;
    }
    IndicatorFormat indicator = IndicatorFormat.byId(goal.indicatorId());
    List<Point> points = new ArrayList<>();
    points.add(new Point(baselineDay.toEpochDay(), goal.baselineValue()));
    long from = baselineDay.toEpochDay();
    long to = Math.max(deadline.toEpochDay(), from + 1);
    double low = Math.min(goal.baselineValue(), goal.targetValue());
    double high = Math.max(goal.baselineValue(), goal.targetValue());
    for (GoalMeasurement m : goal.measurements()) {
      LocalDate day = date(m.date());
      if (m.value() == null || day == null) {
        continue;
      }
      points.add(new Point(day.toEpochDay(), m.value()));
      to = Math.max(to, day.toEpochDay());
      low = Math.min(low, m.value());
      high = Math.max(high, m.value());
    }
    List<Mark> marks = new ArrayList<>();
    List<String> legend = new ArrayList<>();
    for (int i = 0; i < goal.actions().size(); i++) {
      GoalAction a = goal.actions().get(i);
      LocalDate starts = date(a.starts());
      if (starts == null) {
        continue;
      }
      LocalDate ends = date(a.ends());
      marks.add(new Mark(i + 1, starts.toEpochDay(), ends == null ? null : ends.toEpochDay()));
      from = Math.min(from, starts.toEpochDay());
      to = Math.max(to, ends == null ? starts.toEpochDay() : ends.toEpochDay());
      legend.add(
          (i + 1)
              + ". "
              + a.title()
              + " ("
              + format.date(starts)
              + (ends == null ? "" : " – " + format.date(ends))
              + ")");
    }
    double pad = (high - low == 0 ? Math.max(Math.abs(high), 1) : high - low) * 0.15;
    low -= pad;
    high += pad;
    List<Tick> ticks = new ArrayList<>();
    for (int t = 0; t <= 2; t++) {
      double value = low + (high - low) * t / 2;
      ticks.add(new Tick(value, indicator.format(format, value)));
    }
    return new GoalCurveData(
        from,
        to,
        low,
        high,
        goal.targetValue(),
        labels.get("goal.target") + " " + indicator.format(format, goal.targetValue()),
        points,
        marks,
        ticks,
        legend.isEmpty() ? null : labels.get("measure.title") + ": " + String.join("; ", legend));
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** A deadline as a date: yyyy-mm-dd, or a year (its last day). */
  private static LocalDate deadline(String text) {
    if (text != null && text.matches("[0-9]{4}")) {
      return LocalDate.of(Integer.parseInt(text), 12, 31);
    }
    return date(text);
  }
}
