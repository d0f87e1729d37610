package zhiti.tools.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars the worker needs, copied where an unprivileged user can read them. The Maven repository usually lives
 * under /root (mode 700), so user nobody cannot open the jars in place; hard links would need the same filesystem
 * and would change the originals' modes, so each jar is copied once into {@code <tmpdir>/zhiti-sandbox-<user>/}
 * (0755, owned by this user and refused if anyone else could write it) as {@code <key>-<name>.jar}, 0644, where
 * the key hashes the source's path, size and modification time: a rebuilt jar gets a new copy, an unchanged one is
 * reused by every later process. The worker's own classes go into a small generated jar keyed by their bytes.
 * Copies are written to a temporary name and moved into place, so concurrent processes never see half a jar.
 */
final class ChildClasspath {

    /** One class per jar the worker loads: polyglot, truffle, JS and what they need, Jackson for the protocol. */
    private static final List<String> MARKERS = List.of(
            "org/graalvm/polyglot/Context.class",
            "org/graalvm/collections/EconomicMap.class",
            "org/graalvm/nativeimage/ImageInfo.class",
            "org/graalvm/word/WordBase.class",
            "com/oracle/truffle/api/TruffleLanguage.class",
            "com/oracle/truffle/js/lang/JavaScriptLanguage.class",
            "com/oracle/truffle/regex/RegexLanguage.class",
            "org/graalvm/shadowed/com/ibm/icu/lang/UCharacter.class",
            "org/graalvm/shadowed/org/tukaani/xz/XZ.class",
            "com/fasterxml/jackson/databind/ObjectMapper.class",
            "com/fasterxml/jackson/core/JsonFactory.class",
            "com/fasterxml/jackson/annotation/JsonProperty.class");

    /** The classes that run in the child; each brings its nested classes. */
    private static final List<Class<?>> WORKER_CLASSES = List.of(SandboxWorker.class, JsEvaluation.class,
            BoundedOutput.class, WorkerProtocol.class, Failure.class);

    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Duration STALE = Duration.ofDays(7);

    private ChildClasspath() {
    }

    /** The cache directory and the jars in it, in class-path order. */
    record Prepared(Path directory, List<Path> jars) {
        String classPath() {
            return String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
        }
    }

    static Prepared prepare() {
        try {
            Path dir = cacheDirectory();
            List<Path> jars = new ArrayList<>();
            jars.add(workerJar(dir));
            for (Path source : sourceJars()) {
                jars.add(copyOf(source, dir));
            }
            removeStale(dir, jars);
            return new Prepared(dir, List.copyOf(jars));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the sandbox class path: " + e.getMessage(), e);
        }
    }

    private static Set<Path> sourceJars() throws IOException {
        Set<Path> jars = new LinkedHashSet<>();
        ClassLoader loader = ChildClasspath.class.getClassLoader();
        for (String marker : MARKERS) {
            URL url = loader.getResource(marker);
            if (url == null) {
                throw new IOException(marker.replace('/', '.').replace(".class", "") + " is not on the class path");
            }
            jars.add(jarOf(url));
        }
        return jars;
    }

    /** jar:file:/x/y.jar!/a/B.class → /x/y.jar; a class in a directory is not supported (the child needs jars). */
    private static Path jarOf(URL url) throws IOException {
        String s = url.toString();
        if (!s.startsWith("jar:file:") || !s.contains("!/")) {
            throw new IOException("the sandbox needs its libraries as jar files, but found " + s);
        }
        try {
            return Path.of(new java.net.URI(s.substring(4, s.indexOf("!/"))));
        } catch (URISyntaxException e) {
            throw new IOException("bad jar location " + s, e);
        }
    }

    private static Path cacheDirectory() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "zhiti-sandbox-" + user);
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process made it: checked below like any existing one
            }
        }
        if (Files.isSymbolicLink(dir) || !Files.getOwner(dir).getName().equals(System.getProperty("user.name"))) {
            throw new IOException(dir + " belongs to someone else or is a link; remove it so the sandbox can make it");
        }
        Files.setPosixFilePermissions(dir, DIR);  // nobody may read and traverse; nobody else may write
        return dir;
    }

    private static Path copyOf(Path source, Path dir) throws IOException {
        String key = hash((source.toAbsolutePath() + "|" + Files.size(source) + "|"
                + Files.getLastModifiedTime(source).toMillis()).getBytes(StandardCharsets.UTF_8));
        Path target = dir.resolve(key + "-" + source.getFileName());
        if (!Files.isRegularFile(target) || Files.size(target) != Files.size(source)) {
            Path tmp = Files.createTempFile(dir, "copy-", ".tmp");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            publish(tmp, target);
        }
        Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(Instant.now()));
        return target;
    }

    /** The worker's classes in a jar of their own, named by a hash of their bytes. */
    private static Path workerJar(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Class<?> top : WORKER_CLASSES) {
            for (Class<?> c : top.getNestMembers()) {
                String name = c.getName().replace('.', '/') + ".class";
                try (InputStream in = ChildClasspath.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("cannot read the class file " + name);
                    }
                    byte[] b = in.readAllBytes();
                    names.add(name);
                    bytes.add(b);
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    digest.update(b);
                }
            }
        }
        Path target = dir.resolve(HexFormat.of().formatHex(digest.digest(), 0, 8) + "-zhiti-sandbox-worker.jar");
        if (!Files.isRegularFile(target)) {
            Path tmp = Files.createTempFile(dir, "worker-", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(os)) {
                for (int i = 0; i < names.size(); i++) {
                    jar.putNextEntry(new JarEntry(names.get(i)));
                    jar.write(bytes.get(i));
                    jar.closeEntry();
                }
            }
            publish(tmp, target);
        }
        Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(Instant.now()));
        return target;
    }

    private static void publish(Path tmp, Path target) throws IOException {
        Files.setPosixFilePermissions(tmp, FILE);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies of older builds nobody has used for a week, and temporary files of interrupted copies. */
    private static void removeStale(Path dir, List<Path> inUse) throws IOException {
        Instant cutoff = Instant.now().minus(STALE);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!inUse.contains(f) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static String hash(byte[] b) {
        return HexFormat.of().formatHex(sha256().digest(b), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
