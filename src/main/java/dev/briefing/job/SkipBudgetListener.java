package dev.briefing.job;

import dev.briefing.ingest.SkipBudgets;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Opens the ingest's shared skip budget before its workers start, and drops it after. */
final class SkipBudgetListener implements StepExecutionListener {

    private final SkipBudgets budgets;

    SkipBudgetListener(SkipBudgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        budgets.open(stepExecution.getJobExecutionId());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        budgets.close(stepExecution.getJobExecutionId());
        return null;
    }
}
