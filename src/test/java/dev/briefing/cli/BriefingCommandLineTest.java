package dev.briefing.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingCommandLineTest {

    @Test
    void springSettingsAnywhereOnTheLineAreLeftToSpringBoot() {
        assertThat(BriefingCommandLine.commandArguments("run", "--input", "seeds", "--briefing.data-dir=/tmp/x",
                "--spring.datasource.url=jdbc:h2:mem:a;MODE=PostgreSQL", "--spring.mail.properties[mail.smtp.starttls.required]=false",
                "--to=2024-05-01"))
                .containsExactly("run", "--input", "seeds", "--to=2024-05-01");
    }
}
