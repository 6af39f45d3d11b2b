package no.saman.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.saman.web.json.InvalidUtf8Body;

/**
 * Names the JSON field a failed request is about, and what it should have held, from the
 * framework's decoding and validation failures — in the client's terms, never in the terms of the
 * Java types behind them. Both services turn these into their own problem+json shape.
 */
public final class FieldPaths {

  private static final int MAX_DEPTH = 20;

  private FieldPaths() {}

  /** The invalid fields behind {@code failure}, or empty when it is no decoding or validation. */
  public static Optional<List<InvalidField>> of(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof ConstraintViolationException violations) {
        return Optional.of(violations(violations));
      }
      if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
        return Optional.of(List.of(decoding(serde.getPath())));
      }
      if (t instanceof InvalidUtf8Body invalid) {
        return Optional.of(
            List.of(
                new InvalidField(
                    "body", "must be UTF-8 encoded JSON (byte " + invalid.offset() + " is not)")));
      }
      if (t instanceof CharacterCodingException
          || t instanceof JsonProcessingException json && isEncoding(json)) {
        return Optional.of(List.of(new InvalidField("body", "must be UTF-8 encoded JSON")));
      }
      if (t instanceof JsonProcessingException json) {
        return Optional.of(List.of(malformed(json)));
      }
      if (t instanceof io.micronaut.json.JsonSyntaxException
          && !(t.getCause() instanceof JsonProcessingException)
          && !(t.getCause() instanceof CharacterCodingException)) {
        return Optional.of(List.of(new InvalidField("body", "is not well-formed JSON")));
      }
    }
    return conversion(failure);
  }

  /** A parameter or body that could not be converted to its type, without a field path. */
  private static Optional<List<InvalidField>> conversion(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof ConversionErrorException e) {
        Argument<?> argument = e.getArgument();
        String name = argument.isAnnotationPresent(Body.class) ? "body" : argument.getName();
        return Optional.of(List.of(new InvalidField(name, "must be " + expected(argument))));
      }
    }
    return Optional.empty();
  }

  private static List<InvalidField> violations(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> new InvalidField(path(v), v.getMessage()))
        .sorted(java.util.Comparator.comparing(InvalidField::name))
        .toList();
  }

  /**
   * {@code create.body.modules[1].<list element>} → {@code modules[1]}: the method, and the body
   * parameter when a field inside it is meant, are not part of the client's request.
   */
  static String path(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    nodes.removeIf(
        n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR);
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    StringBuilder path = new StringBuilder();
    for (Iterator<Path.Node> i = nodes.iterator(); i.hasNext(); ) {
      Path.Node node = i.next();
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        path.append(path.isEmpty() ? "" : ".").append(name);
      }
      if (node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        path.append(path.isEmpty() ? "" : ".").append(node.getKey());
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static InvalidField decoding(List<ReferencePath> refs) {
    StringBuilder path = new StringBuilder();
    for (ReferencePath ref : refs) {
      if (ref instanceof CollectionItemReferencePath item) {
        path.append('[').append(item.index()).append(']');
      } else if (ref instanceof MapItemReferencePath entry) {
        path.append(path.isEmpty() ? "" : ".").append(entry.key());
      } else {
        path.append(path.isEmpty() ? "" : ".").append(jsonName(ref.getArgument()));
      }
    }
    Argument<?> last = refs.get(refs.size() - 1).getArgument();
    return new InvalidField(path.toString(), "must be " + expected(last));
  }

  private static String jsonName(Argument<?> property) {
    return property
        .getAnnotationMetadata()
        .stringValue("com.fasterxml.jackson.annotation.JsonProperty")
        .orElse(property.getName());
  }

  /** What a value of this type looks like in JSON. */
  static String expected(Argument<?> argument) {
    Class<?> type = argument.getType();
    if (type == String.class || type == CharSequence.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date such as 2026-11-30 (or a date-time such as 2026-11-30T23:29:34Z)";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return type == Object.class ? "a JSON value" : "an object";
  }

  private static InvalidField malformed(JsonProcessingException e) {
    var at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String what =
        e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
            ? "is nested too deeply or too large"
            : "is not well-formed JSON";
    return new InvalidField("body", what + where);
  }

  private static boolean isEncoding(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message != null && message.contains("UTF-8");
  }
}
