package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.profile.ThreadProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadAssignerTest {

    private ThreadAssigner assigner(ThreadProfile profile) {
        return new ThreadAssigner(new ThreadingState(), profile, new SignalExtractor(Seeds.TERMS, Seeds.ENTITIES), Seeds.TERMS,
                Seeds.FINGERPRINTER, Seeds.GAZETTEER);
    }

    private static Map<String, ThreadAssignment> assignAll(ThreadAssigner assigner) {
        Map<String, ThreadAssignment> byFile = new TreeMap<>();
        for (Article article : Seeds.articlesInDateOrder()) {
            byFile.put(article.source().path(), assigner.assign(1, article));
        }
        return byFile;
    }

    private static AssignedPart part(ThreadAssignment assignment, String thread) {
        return assignment.parts().stream().filter(p -> p.threadCode().equals(thread)).findFirst().orElseThrow();
    }

    @Test
    void bothReportsOfTheAnkaraMeetingFormOneDevelopment() {
        Map<String, ThreadAssignment> assignments = assignAll(assigner(Seeds.PROFILE));

        AssignedPart meeting = part(assignments.get(Seeds.ANKARA_MEETING), "turkey-hamas-channel");
        AssignedPart roundup = part(assignments.get(Seeds.ANKARA_ROUNDUP), "turkey-hamas-channel");
        assertThat(meeting.role()).isEqualTo(PartRole.MAIN);
        assertThat(roundup.role()).isEqualTo(PartRole.CROSS_REFERENCE);
        assertThat(roundup.developmentCode()).isEqualTo(meeting.developmentCode());
    }

    @Test
    void eachArticleHasOneMainThreadAndCrossReferencesForOtherSubstantialParts() {
        Map<String, ThreadAssignment> assignments = assignAll(assigner(Seeds.PROFILE));

        Map<String, String> mainThread = new TreeMap<>();
        assignments.forEach((file, assignment) -> {
            assertThat(assignment.parts()).filteredOn(p -> p.role() == PartRole.MAIN).hasSize(1);
            mainThread.put(file, part(assignment, assignment.parts().get(0).threadCode()).threadCode());
        });
        assertThat(mainThread).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                Seeds.ANKARA_ROUNDUP, "gaza-ceasefire",
                Seeds.ANKARA_MEETING, "turkey-hamas-channel",
                Seeds.CAIRO_LE_PARISIEN, "gaza-ceasefire",
                Seeds.CAIRO_EFE, "gaza-ceasefire",
                Seeds.BRUSSELS_SUMMIT, "gaza-ceasefire")));
        assertThat(part(assignments.get(Seeds.BRUSSELS_SUMMIT), "eu-humanitarian-truce").role()).isEqualTo(PartRole.CROSS_REFERENCE);
    }

    @Test
    void separateRoundsOfTalksAreSeparateDevelopments() {
        Map<String, ThreadAssignment> assignments = assignAll(assigner(Seeds.PROFILE));

        Map<String, Set<String>> filesByDevelopment = new HashMap<>();
        assignments.forEach((file, assignment) -> assignment.parts().stream().filter(p -> p.threadCode().equals("gaza-ceasefire"))
                .forEach(p -> filesByDevelopment.computeIfAbsent(p.developmentCode(), d -> new TreeSet<>()).add(file)));
        assertThat(filesByDevelopment.values()).containsExactlyInAnyOrder(
                Set.of(Seeds.BRUSSELS_SUMMIT), Set.of(Seeds.CAIRO_EFE), Set.of(Seeds.CAIRO_LE_PARISIEN),
                new TreeSet<>(List.of(Seeds.ANKARA_ROUNDUP, Seeds.ANKARA_MEETING)));
    }

    @Test
    void newThreadsAreAnnouncedOnceWithTheirDeclaredNames() {
        List<ThreadAssignment.NewThread> created = new ArrayList<>();
        assignAll(assigner(Seeds.PROFILE)).values().forEach(a -> created.addAll(a.newThreads()));

        assertThat(created).extracting(ThreadAssignment.NewThread::label).containsExactlyInAnyOrder(
                "Gaza ceasefire and hostage-prisoner exchange talks", "Turkey's channel to Hamas",
                "EU humanitarian truce and peace conference initiative");
    }

    @Test
    void withoutAProfileTheParagraphsOfAnArticleAboutAnotherThreadBecomeACrossReference() {
        ThreadAssigner assigner = assigner(ThreadProfile.EMPTY);
        var eval = dev.briefing.ingest.LabelledCorpus.read(java.nio.file.Path.of("src/test/resources/eval/labelled-negotiations.jsonl"), "/eval");
        java.util.function.Function<String, List<String>> paragraphsOf = cluster -> eval.documents().stream()
                .filter(d -> d.cluster().equals(cluster)).flatMap(d -> d.document().blocks().stream()).toList();
        for (var labelled : eval.documents()) {
            if (labelled.cluster().equals("sudan-jeddah") || labelled.cluster().equals("black-sea-grain")) {
                assigner.assign(1, Seeds.ANALYZER.analyze(labelled.document(), List.of(), Seeds.RUN_DATE));
            }
        }
        List<String> sudan = paragraphsOf.apply("sudan-jeddah");
        List<String> grain = paragraphsOf.apply("black-sea-grain");
        List<String> roundup = List.of(sudan.get(0), sudan.get(1), sudan.get(2), sudan.get(3), grain.get(2), grain.get(3));
        Article mixed = Seeds.ANALYZER.analyze(new dev.briefing.ingest.SourceDocument("/eval", dev.briefing.article.SourceRef.file("roundup.txt"),
                "text", roundup, dev.briefing.ingest.SourceMetadata.NONE, List.of()), List.of(), Seeds.RUN_DATE);

        ThreadAssignment assignment = assigner.assign(1, mixed);

        assertThat(assignment.parts()).extracting(AssignedPart::role).containsExactly(PartRole.MAIN, PartRole.CROSS_REFERENCE);
        assertThat(assignment.parts().get(0).paragraphs()).containsExactly(0, 1, 2, 3);
        assertThat(assignment.parts().get(1).paragraphs()).containsExactly(4, 5);
        assertThat(assignment.parts().get(1).threadCode()).isNotEqualTo(assignment.parts().get(0).threadCode());
        assertThat(assignment.newThreads()).isEmpty();
    }

    @Test
    void withoutAProfileArticlesAreClusteredAndTheAnkaraReportsStillShareADevelopment() {
        Map<String, ThreadAssignment> assignments = assignAll(assigner(ThreadProfile.EMPTY));

        ThreadAssignment meeting = assignments.get(Seeds.ANKARA_MEETING);
        ThreadAssignment roundup = assignments.get(Seeds.ANKARA_ROUNDUP);
        assertThat(meeting.parts()).hasSize(1);
        assertThat(roundup.parts().get(0).threadCode()).isEqualTo(meeting.parts().get(0).threadCode()).matches("t\\d+");
        assertThat(roundup.parts().get(0).developmentCode()).isEqualTo(meeting.parts().get(0).developmentCode());
    }
}
