package dev.briefing.deliver;

import dev.briefing.render.TemplateFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.javamail.JavaMailSender;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The deliver step: copies the run's briefing into the shared folder and emails it to the
 * recipients, skipping a channel that is not configured and every target the delivery log shows
 * as delivered for this run. It reads the briefing's files and never changes them.
 *
 * <p>The step completes with a one-line summary as its exit description and in its execution
 * context ({@value #SUMMARY}). It fails, after trying every target, when any target was not
 * delivered, with a {@link DeliveryFailedException} naming each one and why; restarting the run
 * then delivers only what is missing.
 */
public class DeliverBriefingTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverBriefingTasklet.class);
    public static final String SUMMARY = "delivery.summary";

    private final long jobInstanceId;
    private final BriefingMessage briefing;
    private final List<String> recipients;
    private final DeliveryProperties properties;
    private final TemplateFolder templates;
    private final Optional<JavaMailSender> mailSender;
    private final DeliveryLog log;

    /**
     * @param recipients the run's own recipients, emailed besides those configured
     * @param mailSender Spring Boot's sender, present when {@code spring.mail.host} is set
     * @param templates  the run's template folder, holding {@code email.txt} and {@code email.html}
     */
    public DeliverBriefingTasklet(long jobInstanceId, BriefingMessage briefing, List<String> recipients, DeliveryProperties properties,
            TemplateFolder templates, Optional<JavaMailSender> mailSender, DeliveryLog log) {
        this.jobInstanceId = jobInstanceId;
        this.briefing = briefing;
        this.recipients = Stream.concat(properties.email().recipients().stream(), recipients.stream()).distinct().toList();
        this.properties = properties;
        this.templates = templates;
        this.mailSender = mailSender;
        this.log = log;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (Path file : briefing.files()) {
            if (!Files.isRegularFile(file)) {
                throw new DeliveryFailedException("the briefing to deliver is missing: " + file);
            }
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        properties.sharedFolderPath().ifPresent(folder -> outcomes.add(new SharedFolderDelivery(folder, log).deliver(jobInstanceId, briefing)));
        DeliveryProperties.Email email = properties.email();
        if (!recipients.isEmpty()) {
            outcomes.add(mailSender
                    .map(sender -> new EmailDelivery(sender, new EmailComposer(templates, email.from(), email.attachHtml()), log, email.retry())
                            .deliver(jobInstanceId, briefing, recipients))
                    .orElseGet(() -> new DeliveryOutcome("not emailed: there are recipients but no SMTP server"
                            + " (spring.mail.host)", Map.of("email", "no SMTP server"))));
        }
        String summary = outcomes.isEmpty()
                ? "nothing to deliver: no email recipients and no shared folder are configured"
                : outcomes.stream().map(DeliveryOutcome::summary).collect(Collectors.joining("; "));
        contribution.getStepExecution().getExecutionContext().putString(SUMMARY, summary);
        if (outcomes.stream().anyMatch(DeliveryOutcome::failed)) {
            throw new DeliveryFailedException("delivery failed: " + summary + " (the briefing's files are unchanged)");
        }
        LOG.info("deliver: {}", summary);
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(summary));
        return RepeatStatus.FINISHED;
    }
}
