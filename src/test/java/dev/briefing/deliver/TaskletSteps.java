package dev.briefing.deliver;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** Runs a tasklet once, as a step of its own would, and hands back what it contributed to the step. */
final class TaskletSteps {

    private TaskletSteps() {
    }

    static StepContribution execute(Tasklet tasklet) {
        StepExecution execution = MetaDataInstanceFactory.createStepExecution();
        StepContribution contribution = new StepContribution(execution);
        try {
            tasklet.execute(contribution, new ChunkContext(new StepContext(execution)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return contribution;
    }
}
