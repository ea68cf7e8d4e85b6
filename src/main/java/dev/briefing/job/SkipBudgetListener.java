package dev.briefing.job;

import dev.briefing.ingest.InputScanner;
import dev.briefing.ingest.SkipBudgets;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Opens the ingest's shared skip budget (sized by the whole input folder) before its workers start, and drops it after. */
final class SkipBudgetListener implements StepExecutionListener {

    private final SkipBudgets budgets;
    private final InputScanner scanner;

    SkipBudgetListener(SkipBudgets budgets, InputScanner scanner) {
        this.budgets = budgets;
        this.scanner = scanner;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RunParameters parameters = RunParameters.of(stepExecution.getJobParameters());
        budgets.open(stepExecution.getJobExecutionId(), scanner.scan(parameters.input()).size());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        budgets.close(stepExecution.getJobExecutionId());
        return null;
    }
}
