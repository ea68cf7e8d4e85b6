package dev.briefing.thread;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** The thread step's writer: stores new threads, new developments and article parts. */
public class ThreadAssignmentWriter implements ItemWriter<ThreadAssignment> {

    private final ThreadStore store;
    private final long jobInstanceId;

    public ThreadAssignmentWriter(ThreadStore store, long jobInstanceId) {
        this.store = store;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends ThreadAssignment> chunk) {
        store.save(chunk.getItems(), jobInstanceId);
    }
}
