package zhiti.memory.kb;

import java.io.PrintStream;

/**
 * Shows ingestion progress: a redrawn bar when attached to a terminal, one plain line per file otherwise
 * (logs and pipes should not fill with carriage returns). Skips are always printed with their reason.
 */
public final class ProgressPrinter implements IngestListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;

    public ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Bar mode when the JVM has a console. */
    public static ProgressPrinter forStdErr() {
        return new ProgressPrinter(System.err, System.console() != null);
    }

    /** On a terminal, a large file moves the bar passage by passage; plain output stays one line per file. */
    @Override
    public void embedding(int filesDone, int totalFiles, String file, int embedded, int toEmbed) {
        if (!terminal || toEmbed == 0) return;
        out.print("\r\033[K" + bar(filesDone + (double) embedded / toEmbed, totalFiles) + " " + filesDone + "/" + totalFiles
                + "  " + file + ": " + embedded + "/" + toEmbed + " passages");
        out.flush();
    }

    private static String bar(double done, int total) {
        int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }

    @Override
    public void fileDone(int done, int total, FileOutcome o) {
        if (terminal) {
            // clear the bar line, print the skip above it, and redraw the bar below
            if (o.status() == FileOutcome.Status.SKIPPED) out.print("\r\033[Kskipped " + o.path() + ": " + o.reason() + "\n");
            out.print("\r\033[K" + bar(done, total) + " " + done + "/" + total);
            if (done == total) out.println();
        } else {
            out.println(done + "/" + total + " " + o.status().name().toLowerCase() + " " + o.path()
                    + (o.reason() != null ? ": " + o.reason() : " (" + o.chunks() + " chunks" + reused(o.chunks(), o.embedded(), o.status()) + ")"));
        }
        out.flush();
    }

    @Override
    public void finished(IngestReport r) {
        out.println("ingested " + r.count(FileOutcome.Status.ADDED) + " new, " + r.count(FileOutcome.Status.REPLACED)
                + " changed, " + r.count(FileOutcome.Status.UNCHANGED) + " unchanged, " + r.count(FileOutcome.Status.SKIPPED)
                + " skipped; " + r.chunksWritten() + " chunks" + reused(r.chunksWritten(), r.chunksEmbedded(), FileOutcome.Status.REPLACED)
                + " in " + r.elapsedMillis() + " ms");
    }

    private static String reused(int chunks, int embedded, FileOutcome.Status s) {
        return s == FileOutcome.Status.UNCHANGED || chunks == embedded ? "" : ", " + (chunks - embedded) + " unchanged passages reused";
    }
}
