package dev.briefing.deliver;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOffExecution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPropertiesTest {

    @Test
    void theShippedDefaultsDeliverNowhereAndMatchTheBuiltInOnes() throws Exception {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
        DeliveryProperties shipped = new Binder(ConfigurationPropertySources.from(yaml)).bind("briefing.delivery", DeliveryProperties.class).get();
        DeliveryProperties builtIn = new Binder(new MapConfigurationPropertySource(Map.of("briefing.delivery.shared-folder", "")))
                .bind("briefing.delivery", DeliveryProperties.class).get();

        assertThat(shipped.sharedFolderPath()).as("an empty folder setting is no folder, not the working directory").isEmpty();
        assertThat(shipped.email().recipients()).isEmpty();
        assertThat(shipped.email().attachHtml()).isFalse();
        assertThat(shipped.email().retry()).isEqualTo(new DeliveryProperties.Retry(4, Duration.ofSeconds(2), 2, Duration.ofSeconds(30)));
        assertThat(builtIn.email().retry()).isEqualTo(shipped.email().retry());
        assertThat(builtIn.email().recipients()).isEmpty();
    }

    @Test
    void recipientsAreBoundFromACommaSeparatedSettingAsAnEnvironmentVariableGivesIt() {
        DeliveryProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "briefing.delivery.email.recipients", "a@example.org, Bob <b@example.org>,a@example.org",
                "briefing.delivery.shared-folder", " /srv/briefings ")))
                .bind("briefing.delivery", DeliveryProperties.class).get();

        assertThat(properties.email().recipients()).containsExactly("a@example.org", "Bob <b@example.org>");
        assertThat(properties.sharedFolderPath()).hasValueSatisfying(path -> assertThat(path).hasToString("/srv/briefings"));
    }

    @Test
    void theBackoffGrowsByTheMultiplierUpToTheMaximumForTheConfiguredAttempts() {
        RetryPolicy policy = new DeliveryProperties.Retry(5, Duration.ofMillis(100), 3, Duration.ofMillis(500)).policy(e -> true);

        BackOffExecution waits = policy.getBackOff().start();
        List<Long> delays = new ArrayList<>();
        for (long delay = waits.nextBackOff(); delay != BackOffExecution.STOP; delay = waits.nextBackOff()) {
            delays.add(delay);
        }

        assertThat(delays).as("four waits between five attempts").containsExactly(100L, 300L, 500L, 500L);
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new DeliveryProperties.Retry(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2)))
                .hasMessageContaining("max-attempts must be at least 1");
    }
}
