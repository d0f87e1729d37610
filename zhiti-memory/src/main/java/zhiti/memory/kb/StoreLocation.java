package zhiti.memory.kb;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded store lives: an explicit {@code --store DIR} wins, then {@code $ZHITI_HOME/store}, then
 * {@code ~/.zhiti/store}.
 */
public final class StoreLocation {
    private StoreLocation() {}

    public static Path resolve(String storeOption, Map<String, String> env, String userHome) {
        if (storeOption != null && !storeOption.isBlank()) return Path.of(storeOption).toAbsolutePath().normalize();
        String home = env.get("ZHITI_HOME");
        if (home != null && !home.isBlank()) return Path.of(home, "store").toAbsolutePath().normalize();
        if (userHome == null || userHome.isBlank())
            throw new IllegalArgumentException("no store directory: pass --store DIR or set ZHITI_HOME");
        return Path.of(userHome, ".zhiti", "store").toAbsolutePath().normalize();
    }

    /** Resolves against this process's environment and home directory. */
    public static Path resolve(String storeOption) {
        return resolve(storeOption, System.getenv(), System.getProperty("user.home"));
    }
}
