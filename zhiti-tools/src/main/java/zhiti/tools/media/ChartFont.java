package zhiti.tools.media;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The font charts draw with: a CJK face from the system (WenQuanYi Zen Hei, or Noto Sans CJK), loaded from its file
 * and registered once, so Chinese titles and labels render in PNG and SVG alike; the logical SansSerif font when
 * none is installed, with a note that CJK glyphs may show as boxes.
 *
 * @param font   the base font, size 12
 * @param cjk    whether the font can draw Chinese characters
 * @param origin the file it came from, or why the fallback is used
 */
record ChartFont(Font font, boolean cjk, String origin) {

    /** Debian's packages: fonts-wqy-zenhei (what scripts/system-deps.sh installs), then others a system may have. */
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"));

    private static final String PROBE = "每GFLOPS成本";

    /** Loading a 7–20 MB collection takes a few hundred ms: once per JVM. */
    private static final class Installed {
        static final ChartFont FONT = find(CANDIDATES);
    }

    static ChartFont installed() {
        return Installed.FONT;
    }

    /** The first candidate file that loads and draws Chinese; the logical font if none does. */
    static ChartFont find(List<Path> candidates) {
        for (Path p : candidates) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                Font[] faces = Font.createFonts(p.toFile());
                // a collection holds several faces (Zen Hei, Mono, Sharp; Noto's JP/KR/SC/TC): the shortest
                // family name is the plain proportional one, and an SC face, when named, is preferred
                Font face = Arrays.stream(faces).filter(f -> f.canDisplayUpTo(PROBE) == -1)
                        .min(Comparator.comparing((Font f) -> !f.getFamily().contains(" SC"))
                                .thenComparingInt(f -> f.getFamily().length()))
                        .orElse(null);
                if (face != null) {
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
                    return new ChartFont(face.deriveFont(Font.PLAIN, 12f), true, p.toString());
                }
            } catch (IOException | FontFormatException e) {
                // an unreadable file: try the next one
            }
        }
        Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        return new ChartFont(logical, logical.canDisplayUpTo(PROBE) == -1,
                "no CJK font file found (looked for " + candidates.stream().map(Path::toString).toList() + ")");
    }

    /** Said in a chart's result when Chinese text may not render. */
    String warning() {
        return cjk ? "" : "no CJK font is installed (" + origin + "), so Chinese glyphs may not render; install one "
                + "with `apt-get install fonts-wqy-zenhei`";
    }

    Font sized(float size, boolean bold) {
        return font.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }
}
