package zhiti.tools.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system layer around the worker JVM, found out once by trying each tool on /bin/true: a network
 * namespace of its own ({@code unshare -n}; {@code unshare -rn} through a user namespace when not root), the
 * unprivileged user nobody ({@code setpriv}, root only), and rlimits ({@code prlimit}: address space, processes,
 * no file writes). A tool that is missing or refused is left out and said so in {@link #layers()}, never silently.
 *
 * @param prefix the command words that go before {@code java}
 * @param layers short names of what applies, e.g. {@code unshare-net}, {@code setpriv-nobody}, {@code prlimit}
 * @param notes  why a layer is missing (empty when all apply)
 */
record Isolation(List<String> prefix, List<String> layers, List<String> notes) {

    static final String NET = "unshare-net";
    static final String NET_USERNS = "unshare-userns-net";
    static final String NOBODY = "setpriv-nobody";
    static final String RLIMITS = "prlimit";
    /** The overflow uid/gid, "nobody"/"nogroup" on Debian and the usual nobody elsewhere. */
    static final String NOBODY_ID = "65534";

    /**
     * @param java     the java binary the worker runs (it must be executable by nobody for setpriv to apply)
     * @param jarDir   where the worker's jars are (likewise readable)
     * @param asBytes  the address-space limit
     */
    static Isolation probe(Path java, Path jarDir, long asBytes) {
        List<String> prefix = new ArrayList<>();
        List<String> layers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path unshare = tool("unshare");
        Path setpriv = tool("setpriv");
        Path prlimit = tool("prlimit");
        boolean userNamespace = false;
        if (unshare != null && works(List.of(unshare.toString(), "-n", TRUE))) {
            prefix.addAll(List.of(unshare.toString(), "-n"));
            layers.add(NET);
        } else if (unshare != null && works(List.of(unshare.toString(), "-r", "-n", TRUE))) {
            prefix.addAll(List.of(unshare.toString(), "-r", "-n"));
            layers.add(NET_USERNS);
            userNamespace = true;
        } else {
            notes.add(unshare == null ? "network not isolated: unshare (util-linux) is not installed"
                    : "network not isolated: unshare -n is not permitted here");
        }
        List<String> drop = setpriv == null ? List.of() : List.of(setpriv.toString(), "--reuid=" + NOBODY_ID,
                "--regid=" + NOBODY_ID, "--clear-groups");
        if (userNamespace) {
            notes.add("same user: setpriv cannot switch users inside an unprivileged user namespace");
        } else if (setpriv == null) {
            notes.add("same user: setpriv (util-linux) is not installed");
        } else if (!works(concat(drop, TRUE))) {
            notes.add("same user: setpriv to nobody is not permitted (not root)");
        } else if (!reachableByOthers(java.getParent().getParent()) || !reachableByOthers(jarDir)) {
            notes.add("same user: " + java + " or " + jarDir + " cannot be read by user nobody");
        } else {
            prefix.addAll(drop);
            layers.add(NOBODY);
        }
        List<String> limits = prlimit == null ? List.of() : List.of(prlimit.toString(), "--as=" + asBytes,
                "--nproc=256", "--nofile=256", "--fsize=0", "--core=0");
        if (prlimit != null && works(concat(limits, TRUE))) {
            prefix.addAll(limits);
            layers.add(RLIMITS);
        } else {
            notes.add(prlimit == null ? "no rlimits: prlimit (util-linux) is not installed" : "no rlimits: prlimit failed");
        }
        return new Isolation(List.copyOf(prefix), List.copyOf(layers), List.copyOf(notes));
    }

    private static final String TRUE = Files.isExecutable(Path.of("/usr/bin/true")) ? "/usr/bin/true" : "/bin/true";

    /** Fixed system directories only, so a PATH entry cannot substitute a tool. */
    private static Path tool(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every directory from the root down to {@code dir} lets others through, and {@code dir} lets them read. */
    private static boolean reachableByOthers(Path dir) {
        try {
            Path real = dir.toRealPath();
            if (!Files.getPosixFilePermissions(real).contains(PosixFilePermission.OTHERS_READ)) {
                return false;
            }
            for (Path p = real; p != null; p = p.getParent()) {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> all = new ArrayList<>(a);
        all.add(b);
        return all;
    }
}
