package dev.briefing.ingest;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link SkipBudget} of each ingest going on, by job execution, for its workers to share. */
@Component
public class SkipBudgets {

    private final Map<Long, SkipBudget> byJobExecution = new ConcurrentHashMap<>();

    public void open(long jobExecutionId) {
        byJobExecution.put(jobExecutionId, new SkipBudget());
    }

    public SkipBudget of(long jobExecutionId) {
        SkipBudget budget = byJobExecution.get(jobExecutionId);
        if (budget == null) {
            throw new IllegalStateException("no ingest is going on for job execution " + jobExecutionId);
        }
        return budget;
    }

    public void close(long jobExecutionId) {
        byJobExecution.remove(jobExecutionId);
    }
}
