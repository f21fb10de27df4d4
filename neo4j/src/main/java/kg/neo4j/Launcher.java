package kg.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with the Bolt connector on 127.0.0.1 until SIGTERM.
 *
 * <p>Arguments: {@code <home> <port> <pagecacheMiB>}. The Node CLI (src/db/embedded) builds,
 * starts and stops this process; it sets the initial password with Neo4j's AdminTool before
 * the first start, so Bolt is never open with the default password.
 *
 * <p>Exit codes tell the CLI what went wrong: 2 bad arguments, 3 port in use, 4 store locked
 * by another process, 5 any other start failure. Details go to stderr (the CLI shows its tail).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Launcher <home> <port> <pagecacheMiB>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pagecacheMiB = Long.parseLong(args[2]);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          // Loopback only, so TLS would protect nothing and cost every client a certificate.
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMiB))
          // On by default, it sends anonymous usage data to Neo4j from every start: not from a planner's machine
          // or an intranet, and not without asking.
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Internal, unsupported settings: without them Bolt's network threads wait twice
          // for 5 s on shutdown (measured 10 s to stop, 0.2 s with these).
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
          .build();
    } catch (Throwable e) {
      System.exit(reportStartFailure(e, port, home));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    writeReadyFile(home);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** Prints a one-line reason the CLI can show, and returns the exit code for it. */
  private static int reportStartFailure(Throwable e, int port, Path home) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.equals("PortBindException") || t instanceof java.net.BindException) {
        System.err.println("ERROR port-in-use 127.0.0.1:" + port + ": " + t.getMessage());
        return 3;
      }
      if (name.equals("FileLockException")) {
        System.err.println("ERROR store-locked " + home + ": " + t.getMessage());
        return 4;
      }
    }
    System.err.println("ERROR start-failed: " + e);
    e.printStackTrace();
    return 5;
  }

  private static void writeReadyFile(Path home) {
    try {
      Files.writeString(home.resolve("launcher.ready"), Long.toString(ProcessHandle.current().pid()));
    } catch (IOException e) {
      System.err.println("WARN cannot write ready file: " + e.getMessage());
    }
  }
}
