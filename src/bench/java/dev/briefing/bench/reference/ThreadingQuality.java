package dev.briefing.bench.reference;

import dev.briefing.ingest.LabelledCorpus;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.thread.ThreadingEvaluation;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The job's grouping scored on a labelled corpus, as {@code briefing evaluate} does it: the
 * job's own analysis and online threading ({@link ThreadingEvaluation}) with the components
 * taken from the application context, no thread profile (threads found by clustering).
 */
public final class ThreadingQuality {

    private final ApplicationContext context;

    public ThreadingQuality(ApplicationContext context) {
        this.context = context;
    }

    public ThreadingEvaluation.Result evaluate(Path corpus, LocalDate runDate) {
        LabelledCorpus.Contents contents = LabelledCorpus.read(corpus, corpus.toAbsolutePath().normalize().toString());
        if (!contents.rejected().isEmpty()) {
            throw new IllegalStateException(contents.rejected().size() + " records of " + corpus + " could not be read: "
                    + contents.rejected().get(0).reason());
        }
        ThreadProfile noProfile = new ThreadProfileLoader().load(Optional.empty());
        return context.getBean(ThreadingEvaluation.class).evaluate(contents.documents(), noProfile, runDate);
    }
}
