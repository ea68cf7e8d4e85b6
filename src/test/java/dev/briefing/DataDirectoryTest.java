package dev.briefing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.StringUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

    private static String resolvedUrl(String folder) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("command line", Map.of(DataDirectory.PROPERTY, folder)));
        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        return environment.resolvePlaceholders("jdbc:h2:file:${briefing.data-dir}/briefing");
    }

    @Test
    void aRelativeFolderBecomesAbsoluteUnderTheWorkingDirectory() {
        String working = Path.of("").toAbsolutePath().toString();

        assertThat(resolvedUrl("data")).isEqualTo("jdbc:h2:file:" + working + "/data/briefing");
        assertThat(resolvedUrl("./data")).isEqualTo("jdbc:h2:file:" + working + "/data/briefing");
        assertThat(resolvedUrl("runs/../data")).isEqualTo("jdbc:h2:file:" + working + "/data/briefing");
    }

    @Test
    void absoluteAndHomeFoldersAreLeftAsGiven() {
        assertThat(resolvedUrl("/srv/briefing")).isEqualTo("jdbc:h2:file:/srv/briefing/briefing");
        assertThat(resolvedUrl("~/briefing")).isEqualTo("jdbc:h2:file:~/briefing/briefing");
    }

    @Test
    void springBootFindsIt() throws IOException {
        List<String> registered = new ArrayList<>();
        for (URL factories : Collections.list(getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION))) {
            Properties properties = PropertiesLoaderUtils.loadProperties(new UrlResource(factories));
            registered.addAll(StringUtils.commaDelimitedListToSet(properties.getProperty(EnvironmentPostProcessor.class.getName(), "")));
        }

        assertThat(registered).contains(DataDirectory.class.getName());
    }
}
