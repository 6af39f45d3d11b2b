package no.saman.infra.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1: one blocking keep-alive connection, used by one thread at a time,
 * as wrk and similar tools do. The JDK's HttpClient (a selector thread and a chain of futures per
 * exchange) cost 0.78 ms of CPU per submission on the same two cores the services share, half of
 * survey-service's own; this costs a write and a read. It reads Content-Length and chunked bodies
 * and reconnects after the server closed the connection.
 */
final class BenchConnection implements Closeable {

  /** A status and the body's bytes. */
  record Reply(int status, byte[] body) {}

  private static final int TIMEOUT_MS = 30_000;

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  BenchConnection(URI server) {
    this.host = server.getHost();
    this.port = server.getPort();
  }

  Reply get(String path) throws IOException {
    return exchange("GET", path, null);
  }

  Reply postJson(String path, byte[] json) throws IOException {
    return exchange("POST", path, json);
  }

  private Reply exchange(String method, String path, byte[] body) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      out.write(request(method, path, body));
      out.flush();
      return read();
    } catch (IOException e) {
      // A request whose answer did not come is failed, not sent again: a submission is not
      // idempotent. The next request gets a new connection.
      close();
      throw e;
    }
  }

  /** The head and body in one array: one write, one segment. */
  private byte[] request(String method, String path, byte[] body) {
    StringBuilder b = new StringBuilder(160);
    b.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    b.append("Host: ").append(host).append(':').append(port).append("\r\n");
    if (body != null) {
      b.append("Content-Type: application/json\r\n");
      b.append("Content-Length: ").append(body.length).append("\r\n");
    }
    byte[] head = b.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    if (body == null) {
      return head;
    }
    byte[] all = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private Reply read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("Not an HTTP/1.1 answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String h; !(h = line()).isEmpty(); ) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closing = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    byte[] bodyBytes;
    if (chunked) {
      bodyBytes = chunks();
    } else if (length >= 0) {
      bodyBytes = in.readNBytes((int) length);
      if (bodyBytes.length < length) {
        throw new EOFException("The answer's body ended early");
      }
    } else {
      bodyBytes = in.readAllBytes();
      closing = true;
    }
    if (closing) {
      close();
    }
    return new Reply(code, bodyBytes);
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers: none expected, read past them
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(n);
      if (chunk.length < n) {
        throw new EOFException("A chunk ended early");
      }
      body.writeBytes(chunk);
      line();
    }
  }

  /** One header line without its CRLF (the headers are ASCII). */
  private String line() throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new EOFException("The server closed the connection");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(TIMEOUT_MS);
    s.connect(new InetSocketAddress(host, port), 5_000);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = s.getOutputStream();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
