package dev.briefing.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The machine a report was measured on: figures mean little without it. */
public record MachineFacts(int cores, String cpu, long memoryBytes, long maxHeapBytes, String jvm, String gc, String os) {

    public static MachineFacts current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                memory,
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** Rows for the report's machine table. */
    public List<List<String>> rows() {
        return List.of(
                List.of("cores (available to the JVM)", Integer.toString(cores)),
                List.of("CPU", cpu),
                List.of("memory", memoryBytes < 0 ? "unknown" : Format.gib(memoryBytes)),
                List.of("max heap (-Xmx)", Format.mib(maxHeapBytes)),
                List.of("JVM", jvm),
                List.of("garbage collectors", gc),
                List.of("OS", os));
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst().orElse("unknown");
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                return "unknown";
            }
        }
        return "unknown";
    }
}
