package no.saman.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder in front of a real server, for fault tests: {@link #cut()} drops every open
 * connection and refuses new ones, as a restarting database does; {@link #restore()} lets
 * connections through again. Nothing is simulated behind it: the bytes go to the real server.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;
  private volatile boolean closed;

  private TcpProxy(ServerSocket listener, InetSocketAddress target) {
    this.listener = listener;
    this.target = target;
  }

  /** Listens on a free local port and forwards to {@code host:port}. */
  public static TcpProxy to(String host, int port) {
    try {
      ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      TcpProxy proxy = new TcpProxy(listener, new InetSocketAddress(host, port));
      Thread acceptor = new Thread(proxy::accept, "tcp-proxy-" + listener.getLocalPort());
      acceptor.setDaemon(true);
      acceptor.start();
      return proxy;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot open a proxy port", e);
    }
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Drops every open connection; new ones are accepted and closed at once until restored. */
  public void cut() {
    cut = true;
    open.forEach(TcpProxy::quietlyClose);
    open.clear();
  }

  public void restore() {
    cut = false;
  }

  @Override
  public void close() {
    closed = true;
    cut();
    quietlyClose(listener);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        if (cut) {
          client.close();
          continue;
        }
        Socket server = new Socket();
        server.connect(target, 2000);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException dropped) {
                // The other side or cut() closed the connection.
              } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "tcp-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void quietlyClose(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // Closing is all we wanted.
    }
  }
}
