package no.saman.web.json;

import java.nio.charset.CharacterCodingException;

/**
 * A JSON body whose bytes are not strict UTF-8; {@link #offset()} is where the first bad one is.
 */
public final class InvalidUtf8Body extends CharacterCodingException {

  private final int offset;

  public InvalidUtf8Body(int offset) {
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }

  @Override
  public String getMessage() {
    return "byte " + offset + " of the body is not UTF-8";
  }
}
