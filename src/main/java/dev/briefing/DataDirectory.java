package dev.briefing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Makes a relative {@code briefing.data-dir} absolute before the embedded database's URL is built
 * from it. H2 refuses a path that is only implicitly relative ({@code data}, unlike {@code ./data})
 * and the job failed to start with a stack trace; a folder given like any other on the command
 * line should simply be used, relative to the working directory.
 */
public final class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "briefing.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String folder = environment.getProperty(PROPERTY);
        // "~/x" is H2's own notation for the home folder, which it resolves itself.
        if (folder == null || folder.isBlank() || folder.startsWith("~")) {
            return;
        }
        Path path = Path.of(folder);
        if (!path.isAbsolute()) {
            environment.getPropertySources().addFirst(new MapPropertySource("absolute " + PROPERTY,
                    Map.of(PROPERTY, path.toAbsolutePath().normalize().toString())));
        }
    }

    /** After the configuration files and the command line have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
