package no.saman.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time and memory of one operating-system process, read from /proc (Linux): what a phase of the
 * benchmark cost each process of the stack.
 */
record ProcessStats(String name, long pid) {

  /** Clock ticks per second of /proc/PID/stat; 100 on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  /** User plus system CPU the process has used so far, in milliseconds (0 if unreadable). */
  double cpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The resident set now (VmRSS), in MB. */
  double rssMb() {
    return statusKb("VmRSS:") / 1024.0;
  }

  /** The largest resident set so far (VmHWM), in MB. */
  double peakRssMb() {
    return statusKb("VmHWM:") / 1024.0;
  }

  private long statusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // A process that has gone, or /proc without the field: reported as 0.
    }
    return 0;
  }

  /** The MariaDB/MySQL server on this machine, found by its command name. */
  static OptionalLong databasePid() {
    try (var dirs = Files.list(Path.of("/proc"))) {
      return dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
          .filter(
              d -> {
                try {
                  String comm = Files.readString(d.resolve("comm")).trim();
                  return comm.equals("mariadbd") || comm.equals("mysqld");
                } catch (IOException e) {
                  return false;
                }
              })
          .mapToLong(d -> Long.parseLong(d.getFileName().toString()))
          .findFirst();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }
}
