package dev.briefing.deliver;

import dev.briefing.deliver.DeliveryRecord.Channel;
import dev.briefing.deliver.DeliveryRecord.Status;
import dev.briefing.render.OutputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a briefing into a shared folder as {@code <stable name>.pdf} and {@code .html}, and points
 * {@code latest.pdf} and {@code latest.html} at them. Every file is written under a temporary name
 * in the folder and moved into place in one step, so that a reader of the folder never opens half
 * a briefing; a pointer is a symbolic link where the file system allows one, else a copy, and is
 * replaced in one step as well.
 *
 * <p>{@code latest} means the newest run: a run restarted after a later run already delivered to
 * the folder leaves the pointers where they are. The folder's delivery is recorded once per run,
 * so a restarted run that delivered it does not copy it again.
 */
public final class SharedFolderDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(SharedFolderDelivery.class);
    static final String LATEST = "latest";

    private final Path folder;
    private final DeliveryLog log;

    public SharedFolderDelivery(Path folder, DeliveryLog log) {
        this.folder = folder.toAbsolutePath().normalize();
        this.log = log;
    }

    public DeliveryOutcome deliver(long jobInstanceId, BriefingMessage briefing) {
        String target = folder.toString();
        if (log.find(jobInstanceId, Channel.SHARED_FOLDER, target).filter(r -> r.status() == Status.SENT).isPresent()) {
            return new DeliveryOutcome("copied to " + target + " by an earlier attempt", Map.of());
        }
        String name = OutputFiles.sanitize(briefing.stableName());
        if (name.equals(LATEST)) {
            return failed(jobInstanceId, target, "a briefing named '" + LATEST + "' would be its own pointer");
        }
        log.attempting(jobInstanceId, Channel.SHARED_FOLDER, target, null);
        try {
            List<String> extensions = new ArrayList<>();
            Map<Path, Path> copies = new LinkedHashMap<>();
            for (Path file : briefing.files()) {
                String extension = file.toString().endsWith(".pdf") ? ".pdf" : ".html";
                extensions.add(extension);
                Path copy = folder.resolve(name + extension);
                OutputFiles.copyAtomically(file, copy);
                copies.put(folder.resolve(LATEST + extension), copy);
            }
            String pointers;
            if (log.deliveredByLaterRun(jobInstanceId, Channel.SHARED_FOLDER, target)) {
                pointers = LATEST + " left at a later run's briefing";
            } else {
                List<OutputFiles.Pointer> kinds = new ArrayList<>();
                copies.forEach((pointer, copy) -> kinds.add(OutputFiles.pointAtomically(pointer, copy)));
                pointers = LATEST + " points to it (" + (kinds.get(0) == OutputFiles.Pointer.SYMBOLIC_LINK ? "symbolic links" : "copies") + ")";
            }
            log.sent(jobInstanceId, Channel.SHARED_FOLDER, target);
            String summary = "copied " + name + String.join(" and ", extensions) + " to " + target + ", " + pointers;
            LOG.info("deliver: {}", summary);
            return new DeliveryOutcome(summary, Map.of());
        } catch (RuntimeException e) {
            return failed(jobInstanceId, target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private DeliveryOutcome failed(long jobInstanceId, String target, String reason) {
        log.failed(jobInstanceId, Channel.SHARED_FOLDER, target, reason);
        LOG.warn("deliver: copying to {} failed: {}", target, reason);
        return new DeliveryOutcome("not copied to " + target + ": " + reason, Map.of(target, reason));
    }
}
