package no.saman.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number, true/false and text fields that take only a JSON number, boolean or string. The
 * framework's own readers coerce: {@code "count": true} became 1, {@code "3"} became 3, {@code [3]}
 * became 3 and {@code ["a"]} became "a", so a wrong-typed body was accepted and acted on. A client
 * that sends the wrong type gets a problem naming the field instead.
 */
public final class StrictScalars {

  private StrictScalars() {}

  /** A whole number in the range of an {@code int}. */
  @Singleton
  public static final class WholeNumber implements Deserializer<Integer> {
    /** What a missing primitive field holds, as the framework's own readers give it. */
    @Override
    public Integer getDefaultValue(DecoderContext context, Argument<? super Integer> type) {
      return type.isPrimitive() ? 0 : null;
    }

    @Override
    public Integer deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Integer> type)
        throws IOException {
      long value = whole(decoder.decodeNode());
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw new SerdeException("out of range");
      }
      return (int) value;
    }
  }

  /** A whole number in the range of a {@code long}. */
  @Singleton
  public static final class LongWholeNumber implements Deserializer<Long> {
    /** What a missing primitive field holds, as the framework's own readers give it. */
    @Override
    public Long getDefaultValue(DecoderContext context, Argument<? super Long> type) {
      return type.isPrimitive() ? 0L : null;
    }

    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type)
        throws IOException {
      return whole(decoder.decodeNode());
    }
  }

  /** A finite number. */
  @Singleton
  public static final class FiniteNumber implements Deserializer<Double> {
    /** What a missing primitive field holds, as the framework's own readers give it. */
    @Override
    public Double getDefaultValue(DecoderContext context, Argument<? super Double> type) {
      return type.isPrimitive() ? 0.0 : null;
    }

    @Override
    public Double deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Double> type) throws IOException {
      JsonNode node = decoder.decodeNode();
      if (!node.isNumber()) {
        throw new SerdeException("not a number");
      }
      double value = node.getNumberValue().doubleValue();
      if (!Double.isFinite(value)) {
        throw new SerdeException("not a finite number");
      }
      return value;
    }
  }

  /** Text: a JSON string, not a number, true or a one-item array read as one. */
  @Singleton
  public static final class Text implements Deserializer<String> {
    @Override
    public String deserialize(
        Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
      JsonNode node = decoder.decodeNode();
      if (!node.isString()) {
        throw new SerdeException("not a string");
      }
      return node.getStringValue();
    }
  }

  /** {@code true} or {@code false}. */
  @Singleton
  public static final class TrueOrFalse implements Deserializer<Boolean> {
    /** What a missing primitive field holds, as the framework's own readers give it. */
    @Override
    public Boolean getDefaultValue(DecoderContext context, Argument<? super Boolean> type) {
      return type.isPrimitive() ? false : null;
    }

    @Override
    public Boolean deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
        throws IOException {
      JsonNode node = decoder.decodeNode();
      if (!node.isBoolean()) {
        throw new SerdeException("not true or false");
      }
      return node.getBooleanValue();
    }
  }

  private static long whole(JsonNode node) throws SerdeException {
    if (!node.isNumber()) {
      throw new SerdeException("not a number");
    }
    Number number = node.getNumberValue();
    if (number instanceof Integer || number instanceof Long || number instanceof Short) {
      return number.longValue();
    }
    if (number instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    throw new SerdeException(number instanceof BigDecimal ? "not whole" : "out of range");
  }
}
