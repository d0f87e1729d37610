package zhiti.brain.route;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** When this build was made (a resource stamped by Maven), for caches of what code computed; null if unknown. */
final class BuildStamp {

    private static final String VALUE = read();

    private BuildStamp() {
    }

    static String value() {
        return VALUE;
    }

    private static String read() {
        try (InputStream in = BuildStamp.class.getResourceAsStream("/zhiti/brain/build.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("build", "");
            return v.isBlank() || v.contains("${") ? null : v;
        } catch (IOException e) {
            return null;
        }
    }
}
