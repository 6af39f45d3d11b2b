package no.saman.analytics.statistics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stats column of unit_statistics: one unit segment's sufficient statistics packed as JSON
 * (layout in V11__packed_unit_statistics.sql), every list sorted, so that equal statistics pack to
 * equal text. The response count is a column of its own.
 */
final class PackedStatistics {

  private static final JsonFactory JSON = new JsonFactory();

  private PackedStatistics() {}

  /** The column's text for the statistics. */
  static String pack(GroupStatistics statistics) {
    return pack(statistics.measures(), statistics.histograms(), statistics.choices());
  }

  /** The column's text for statistics held as maps (a batch total being merged). */
  static String pack(
      Map<String, SufficientStats> measures,
      Map<String, Map<Integer, Long>> histograms,
      Map<String, Map<String, Long>> choices) {
    StringWriter text = new StringWriter(256 + 48 * measures.size() + 96 * histograms.size());
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeArrayFieldStart("m");
      for (String id : sorted(measures.keySet())) {
        SufficientStats s = measures.get(id);
        out.writeStartArray();
        out.writeString(id);
        out.writeNumber(s.n());
        out.writeNumber(s.sum());
        out.writeNumber(s.sumOfSquares());
        out.writeEndArray();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("h");
      for (String item : sorted(histograms.keySet())) {
        writeItem(out, item, histograms.get(item), JsonGenerator::writeNumber);
      }
      out.writeEndArray();
      out.writeArrayFieldStart("c");
      for (String item : sorted(choices.keySet())) {
        writeItem(out, item, choices.get(item), JsonGenerator::writeString);
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The statistics of a column's text.
   *
   * @param only the measure and item ids to keep, null for all
   */
  static GroupStatistics unpack(long responses, String packed, Collection<String> only) {
    Map<String, SufficientStats> measures = new HashMap<>();
    Map<String, Map<Integer, Long>> histograms = new HashMap<>();
    Map<String, Map<String, Long>> choices = new HashMap<>();
    addTo(packed, only, measures, histograms, choices);
    return new GroupStatistics(responses, measures, histograms, choices);
  }

  /**
   * Adds a column's statistics to statistics held as maps, in place: merging a stored row into a
   * batch's total this way costs no copies of either.
   */
  static void addTo(
      String packed,
      Collection<String> only,
      Map<String, SufficientStats> measures,
      Map<String, Map<Integer, Long>> histograms,
      Map<String, Map<String, Long>> choices) {
    try (JsonParser in = JSON.createParser(packed)) {
      expect(in.nextToken(), JsonToken.START_OBJECT);
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        expect(in.nextToken(), JsonToken.START_ARRAY);
        switch (field) {
          case "m" -> readMeasures(in, only, measures);
          case "h" -> readItems(in, only, histograms, p -> p.getIntValue());
          case "c" -> readItems(in, only, choices, JsonParser::getText);
          default -> in.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable unit statistics: " + packed, e);
    }
  }

  private interface ValueWriter<K> {
    void write(JsonGenerator out, K value) throws IOException;
  }

  private interface ValueReader<K> {
    K read(JsonParser in) throws IOException;
  }

  private static <K extends Comparable<K>> void writeItem(
      JsonGenerator out, String item, Map<K, Long> counts, ValueWriter<K> value)
      throws IOException {
    out.writeStartArray();
    out.writeString(item);
    out.writeStartArray();
    for (K key : sorted(counts.keySet())) {
      out.writeStartArray();
      value.write(out, key);
      out.writeNumber(counts.get(key));
      out.writeEndArray();
    }
    out.writeEndArray();
    out.writeEndArray();
  }

  /** The keys in their natural order: sorting a list is cheaper than copying into a tree. */
  private static <K extends Comparable<K>> List<K> sorted(Collection<K> keys) {
    List<K> list = new ArrayList<>(keys);
    Collections.sort(list);
    return list;
  }

  private static void readMeasures(
      JsonParser in, Collection<String> only, Map<String, SufficientStats> into)
      throws IOException {
    while (in.nextToken() == JsonToken.START_ARRAY) {
      String id = nextText(in);
      long n = nextNumber(in).getLongValue();
      double sum = nextNumber(in).getDoubleValue();
      double sumOfSquares = nextNumber(in).getDoubleValue();
      expect(in.nextToken(), JsonToken.END_ARRAY);
      if (only == null || only.contains(id)) {
        into.merge(id, new SufficientStats(n, sum, sumOfSquares), SufficientStats::merge);
      }
    }
  }

  private static <K> void readItems(
      JsonParser in, Collection<String> only, Map<String, Map<K, Long>> into, ValueReader<K> value)
      throws IOException {
    while (in.nextToken() == JsonToken.START_ARRAY) {
      String item = nextText(in);
      expect(in.nextToken(), JsonToken.START_ARRAY);
      boolean keep = only == null || only.contains(item);
      Map<K, Long> counts = keep ? into.computeIfAbsent(item, i -> new HashMap<>()) : null;
      while (in.nextToken() == JsonToken.START_ARRAY) {
        in.nextToken();
        K key = value.read(in);
        long count = nextNumber(in).getLongValue();
        expect(in.nextToken(), JsonToken.END_ARRAY);
        if (keep) {
          counts.merge(key, count, Long::sum);
        }
      }
      expect(in.nextToken(), JsonToken.END_ARRAY);
    }
  }

  /**
   * A measure or item id as one shared string: a national wave's results hold ~150 000 unpacked
   * rows of ~17 ids each, which as parsed copies were a fifth of the heap.
   */
  private static String nextText(JsonParser in) throws IOException {
    expect(in.nextToken(), JsonToken.VALUE_STRING);
    return in.getText().intern();
  }

  private static JsonParser nextNumber(JsonParser in) throws IOException {
    JsonToken token = in.nextToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new IOException("expected a number, found " + token);
    }
    return in;
  }

  private static void expect(JsonToken found, JsonToken expected) throws IOException {
    if (found != expected) {
      throw new IOException("expected " + expected + ", found " + found);
    }
  }
}
