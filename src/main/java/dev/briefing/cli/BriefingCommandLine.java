package dev.briefing.cli;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Runs the command line inside the Spring application and hands its exit code to Spring Boot,
 * which exits the JVM with it. Disabled in tests ({@code briefing.cli.enabled=false}).
 */
@Component
public class BriefingCommandLine implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private final boolean enabled;
    private int exitCode;

    public BriefingCommandLine(ApplicationContext context, @Value("${briefing.cli.enabled:true}") boolean enabled) {
        this.context = context;
        this.enabled = enabled;
    }

    @Override
    public void run(String... args) {
        if (enabled) {
            exitCode = commandLine().execute(args);
        }
    }

    CommandLine commandLine() {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return context.getAutowireCapableBeanFactory().createBean(type);
                } catch (org.springframework.beans.BeansException notABean) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
        return new CommandLine(BriefingCommand.class, factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((error, commandLine, parseResult) -> {
                    commandLine.getErr().println("error: " + error.getMessage());
                    return ExitCodes.FAILED;
                });
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
