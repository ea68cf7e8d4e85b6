package dev.briefing.cli;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Runs the command line inside the Spring application and hands its exit code to Spring Boot,
 * which exits the JVM with it. Disabled in tests ({@code briefing.cli.enabled=false}).
 */
@Component
public class BriefingCommandLine implements CommandLineRunner, ExitCodeGenerator {

    private static final Pattern SPRING_SETTING = Pattern.compile("--[a-zA-Z][\\w-]*(?:\\.[\\w-]+|\\[[^\\]]*\\])+=.*", Pattern.DOTALL);

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
            exitCode = commandLine().execute(commandArguments(args));
        }
    }

    /**
     * The arguments picocli parses: a dotted {@code --name=value} is a Spring setting, which Spring
     * Boot has already applied (so {@code --briefing.data-dir=/tmp/x} works anywhere on the line).
     */
    static String[] commandArguments(String... args) {
        return Arrays.stream(args).filter(arg -> !SPRING_SETTING.matcher(arg).matches()).toArray(String[]::new);
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
