/**
 * Makes the CoreNLP server listen on loopback only.
 *
 * StanfordCoreNLPServer has no bind-address option: it creates its server with
 * `HttpServer.create(new InetSocketAddress(port), 0)`, the wildcard address. The JDK picks the
 * HttpServer implementation through the documented `com.sun.net.httpserver.HttpServerProvider`
 * system property, so a provider that swaps the wildcard address for the loopback address (and
 * otherwise delegates to the JDK's own) makes every socket CoreNLP opens a loopback one.
 *
 * The provider is compiled once per source version with the compiler module of the Java runtime
 * itself (`java -m jdk.compiler/...`, present in Debian's openjdk-17-jre-headless; no JDK needed).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const CLASS_NAME = 'LoopbackHttpServerProvider';
const EXPORT_DEFAULT_PROVIDER = '--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED';

const SOURCE = `import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The JDK's HttpServer, with a wildcard bind address replaced by the loopback address. */
public final class ${CLASS_NAME} extends HttpServerProvider {
  private final HttpServerProvider delegate = new sun.net.httpserver.DefaultHttpServerProvider();

  private static InetSocketAddress loopback(InetSocketAddress address) {
    if (address == null || !address.getAddress().isAnyLocalAddress()) return address;
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort());
  }

  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return delegate.createHttpServer(loopback(address), backlog);
  }

  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return delegate.createHttpsServer(loopback(address), backlog);
  }
}
`;

export interface LoopbackLauncher {
  /** Prepended to the classpath. */
  classDir: string;
  /** JVM options that install the provider. */
  jvmArgs: string[];
}

/**
 * Compiles the provider into `<versionDir>/loopback-<hash>` on first use. Returns undefined (and
 * says why) when the Java runtime has no compiler module: the server then listens on every
 * interface, as CoreNLP does by default.
 */
export async function ensureLoopbackLauncher(
  versionDir: string,
  java: string,
  log: (msg: string) => void,
): Promise<LoopbackLauncher | undefined> {
  const hash = createHash('sha256').update(SOURCE).digest('hex').slice(0, 12);
  const classDir = join(versionDir, `loopback-${hash}`);
  const launcher = { classDir, jvmArgs: [EXPORT_DEFAULT_PROVIDER, `-Dcom.sun.net.httpserver.HttpServerProvider=${CLASS_NAME}`] };
  if (existsSync(join(classDir, `${CLASS_NAME}.class`))) return launcher;

  const sourceDir = `${classDir}.src`;
  mkdirSync(sourceDir, { recursive: true });
  const sourceFile = join(sourceDir, `${CLASS_NAME}.java`);
  writeFileSync(sourceFile, SOURCE);
  try {
    await run(java, ['-m', 'jdk.compiler/com.sun.tools.javac.Main', EXPORT_DEFAULT_PROVIDER, '-d', classDir, sourceFile]);
    return launcher;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    log(
      `WARNING: could not compile the loopback-only HttpServer provider (${(e.stderr || e.message).trim().split('\n')[0]}); ` +
        'the CoreNLP server will listen on all interfaces. A Java runtime with the jdk.compiler module (any JDK, or Debian openjdk-17-jre-headless) avoids this.',
    );
    rmSync(classDir, { recursive: true, force: true });
    return undefined;
  } finally {
    rmSync(sourceDir, { recursive: true, force: true });
  }
}
