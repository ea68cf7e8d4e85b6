package dev.briefing.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own, on the suite's class path. Work that must not stay in the
 * suite's heap (a generated corpus) or that must be stoppable at a time limit (a peer that may not
 * finish) goes there. The child reports on standard output with {@code RESULT key=value} lines;
 * its standard error is passed through.
 */
public final class ChildJvm {

    /** How the child ended: {@code results} holds its RESULT lines' keys and values. */
    public record Outcome(int exitCode, boolean timedOut, double seconds, Map<String, String> results) {

        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    public static final String RESULT = "RESULT ";

    private ChildJvm() {
    }

    public static Outcome run(String heap, Class<?> main, List<String> arguments, Duration limit) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Map<String, String> results = new LinkedHashMap<>();
            Thread reader = new Thread(() -> readResults(process, results), "child-jvm-output");
            reader.start();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            reader.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            synchronized (results) {
                return new Outcome(finished ? process.exitValue() : -1, !finished, seconds, Map.copyOf(results));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM for " + main.getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + main.getName(), e);
        }
    }

    /** The {@code java} launcher of the JVM the suite runs on, so that every child runs on the same JDK. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Prints one result for the parent to read. */
    public static void report(String key, Object value) {
        System.out.println(RESULT + key + "=" + String.valueOf(value).replace('\n', ' '));
        System.out.flush();
    }

    private static void readResults(Process process, Map<String, String> results) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(RESULT) && line.indexOf('=') > 0) {
                    synchronized (results) {
                        results.put(line.substring(RESULT.length(), line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                    }
                } else {
                    System.err.println(line);
                }
            }
        } catch (IOException destroyed) {
            // the child was stopped at its time limit
        }
    }
}
