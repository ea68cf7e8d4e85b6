package dev.briefing.briefing;

import dev.briefing.SeedBriefings;
import dev.briefing.Seeds;
import dev.briefing.briefing.BriefingModel.ArticleEntry;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.ThreadSection;
import dev.briefing.ingest.InputIssue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingAssemblerTest {

    private final BriefingAssembler assembler = new BriefingAssembler(Seeds.TERMS, Seeds.ENTITIES);

    @Test
    void numbersArticlesChronologicallyWithUndatedLast() {
        Briefing briefing = assembler.assemble(SeedBriefings.seeds());

        assertThat(briefing.articles()).extracting(ArticleEntry::file).containsExactly(
                Seeds.BRUSSELS_SUMMIT, Seeds.CAIRO_EFE, Seeds.ANKARA_MEETING, Seeds.ANKARA_ROUNDUP, Seeds.CAIRO_LE_PARISIEN);
        assertThat(briefing.articles()).extracting(ArticleEntry::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void describesThePeriodAndTheDatingInTheOverview() {
        Briefing briefing = assembler.assemble(SeedBriefings.seeds());

        assertThat(briefing.period().display()).isEqualTo("25 October 2023 to 22 August 2024");
        assertThat(briefing.overview().statedDates()).isEqualTo(1);
        assertThat(briefing.overview().estimatedDates()).isEqualTo(3);
        assertThat(briefing.overview().undatedArticles()).isEqualTo(1);
        assertThat(briefing.overview().outletCount()).isEqualTo(2);
        assertThat(briefing.declaredThreadsWithoutCoverage()).containsExactly("Lebanon ceasefire track");
    }

    @Test
    void namesPartiesFromTheProfileAndMediatorsFromTheReports() {
        ThreadSection gaza = assembler.assemble(SeedBriefings.seeds()).threads().get(0);

        assertThat(gaza.parties()).containsExactly("Israel", "Hamas");
        assertThat(gaza.mediators()).containsExactlyInAnyOrder("Egypt", "Qatar", "United States");
    }

    @Test
    void everySummarySentenceIsQuotedFromTheArticleItCites() {
        Briefing briefing = assembler.assemble(SeedBriefings.seeds());

        for (ThreadSection thread : briefing.threads()) {
            for (var frame : thread.timeframes()) {
                for (DevelopmentEntry development : frame.developments()) {
                    assertThat(development.summary()).isNotEmpty();
                    for (var sentence : development.summary()) {
                        String file = briefing.articles().get(sentence.quotedFrom() - 1).file();
                        String body = String.join("\n", Seeds.article(file).body().stream().map(p -> p.text()).toList());
                        assertThat(body).as("sentence quoted from [%d] %s", sentence.quotedFrom(), file).contains(sentence.text());
                        assertThat(development.sources()).extracting(BriefingModel.SourceCitation::number)
                                .contains(sentence.quotedFrom()).containsAll(sentence.alsoReportedBy());
                    }
                }
            }
        }
    }

    @Test
    void aBoundedPeriodLeavesOutDatedArticlesOutsideItButKeepsUndatedOnes() {
        Briefing briefing = assembler.assemble(SeedBriefings.input(Seeds.articlesInDateOrder(), Seeds.PROFILE, List.of(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));

        assertThat(briefing.articles()).extracting(ArticleEntry::file).containsExactly(Seeds.CAIRO_EFE, Seeds.CAIRO_LE_PARISIEN);
        assertThat(briefing.period().display()).isEqualTo("1 January 2024 to 30 June 2024");
    }

    @Test
    void saysWhetherAThreadIsNewResumedOrWithoutNewCoverage() {
        List<dev.briefing.article.Article> articles = Seeds.articlesInDateOrder();
        dev.briefing.briefing.BriefingInput first = SeedBriefings.seeds();
        java.util.Set<String> onlyTheLaterReports = articles.stream()
                .filter(a -> a.source().path().equals(Seeds.ANKARA_ROUNDUP) || a.source().path().equals(Seeds.ANKARA_MEETING))
                .map(dev.briefing.article.Article::id).collect(java.util.stream.Collectors.toSet());
        dev.briefing.briefing.BriefingInput later = new dev.briefing.briefing.BriefingInput(first.collectionName(), 2, first.articles(), first.texts(),
                onlyTheLaterReports, java.util.Set.of(), java.util.Optional.of(new PreviousBriefing(1, first.producedAt().minusDays(7))),
                first.parts(), first.threads(), first.profile(), first.issues(), null, null, first.timeframeUnit(), first.producedAt(), 0);

        assertThat(assembler.assemble(first).threads()).extracting(ThreadSection::status).containsOnly("New thread");
        List<ThreadSection> threads = assembler.assemble(later).threads();
        assertThat(threads).extracting(ThreadSection::label, ThreadSection::status).containsExactly(
                org.assertj.core.api.Assertions.tuple("Gaza ceasefire and hostage-prisoner exchange talks",
                        "Resumed after 23 weeks (last covered 14 February 2024)"),
                org.assertj.core.api.Assertions.tuple("Turkey's channel to Hamas", "Continuing"),
                org.assertj.core.api.Assertions.tuple("EU humanitarian truce and peace conference initiative", "No new coverage in this run"));
    }

    @Test
    void listsSkippedAndRepairedInputs() {
        Briefing briefing = assembler.assemble(SeedBriefings.input(Seeds.articlesInDateOrder(), Seeds.PROFILE, List.of(
                new InputIssue("empty.txt", InputIssue.Severity.SKIPPED, "the file is empty"),
                new InputIssue(Seeds.CAIRO_EFE, InputIssue.Severity.DEGRADED, "decoded as windows-1252")), null, null));

        assertThat(briefing.skipped()).extracting(BriefingModel.IssueEntry::reason).containsExactly("the file is empty");
        assertThat(briefing.degraded()).extracting(BriefingModel.IssueEntry::source).containsExactly(Seeds.CAIRO_EFE);
    }

    @Test
    void beyondItsLimitABriefingDetailsTheMostRecentDevelopmentsCountsTheRestAndIndexesEveryArticle() {
        Briefing full = assembler.assemble(SeedBriefings.seeds());
        Briefing bounded = assembler.assemble(SeedBriefings.input(Seeds.articlesInDateOrder(), Seeds.PROFILE, List.of(), null, null, 2));
        int all = full.overview().developmentCount();
        assertThat(all).isGreaterThan(2);

        Map<Integer, LocalDate> dateOf = full.articles().stream().filter(a -> a.date().sortDate() != null)
                .collect(Collectors.toMap(ArticleEntry::number, a -> a.date().sortDate()));
        Comparator<DevelopmentEntry> latestReportFirst = Comparator.comparing(
                (DevelopmentEntry d) -> d.sources().stream().map(s -> dateOf.get(s.number())).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null), Comparator.nullsLast(Comparator.reverseOrder()));
        List<String> mostRecent = developments(full).stream().sorted(latestReportFirst.thenComparing(DevelopmentEntry::code)).limit(2)
                .map(DevelopmentEntry::code).toList();
        assertThat(developments(bounded)).extracting(DevelopmentEntry::code).containsExactlyInAnyOrderElementsOf(mostRecent);

        assertThat(bounded.detail()).isEqualTo(new BriefingModel.Detail(2, 2, false));
        assertThat(bounded.overview().articleCount()).as("the overview counts every article").isEqualTo(5);
        assertThat(bounded.overview().developmentCount()).as("the overview counts every development").isEqualTo(all);
        assertThat(bounded.overview().threadCount()).as("and every thread").isEqualTo(full.threads().size());
        assertThat(bounded.threads()).as("only threads with a detailed development get a chapter")
                .allSatisfy(thread -> assertThat(thread.timeframes()).isNotEmpty());
        List<String> shown = bounded.threads().stream().map(ThreadSection::code).toList();
        int inHiddenThreads = full.threads().stream().filter(t -> !shown.contains(t.code())).mapToInt(ThreadSection::developmentCount).sum();
        assertThat(bounded.threads().stream().mapToInt(ThreadSection::undetailedDevelopments).sum() + inHiddenThreads).isEqualTo(all - 2);
        assertThat(bounded.threads()).allSatisfy(thread -> assertThat(thread.articleCount()).isEqualTo(
                full.threads().stream().filter(t -> t.code().equals(thread.code())).findFirst().orElseThrow().articleCount()));

        assertThat(bounded.sourceIndex()).extracting(ArticleEntry::number).containsExactly(1, 2, 3, 4, 5);
        List<Integer> cited = developments(bounded).stream().flatMap(d -> d.sources().stream()).map(BriefingModel.SourceCitation::number)
                .distinct().sorted().toList();
        assertThat(bounded.articles()).as("the appendix lists the cited articles").extracting(ArticleEntry::number)
                .containsExactlyElementsOf(cited);
        assertThat(cited).hasSizeLessThan(5);
    }

    @Test
    void withinItsLimitABriefingDetailsEverything() {
        Briefing briefing = assembler.assemble(SeedBriefings.input(Seeds.articlesInDateOrder(), Seeds.PROFILE, List.of(), null, null, 300));

        assertThat(briefing.detail().complete()).isTrue();
        assertThat(briefing.articles()).isEqualTo(briefing.sourceIndex());
        assertThat(briefing.threads()).allSatisfy(thread -> assertThat(thread.undetailedDevelopments()).isZero());
    }

    private static List<DevelopmentEntry> developments(Briefing briefing) {
        return briefing.threads().stream().flatMap(t -> t.timeframes().stream()).flatMap(f -> f.developments().stream()).toList();
    }

    @Test
    void fromOutlinesABriefingLoadsTheTextsOfTheArticlesItQuotesOnlyAndComesOutTheSame() {
        BriefingInput full = SeedBriefings.input(Seeds.articlesInDateOrder(), Seeds.PROFILE, List.of(), null, null, 2);
        java.util.Set<String> loaded = new java.util.TreeSet<>();
        BriefingInput outlines = new BriefingInput(full.collectionName(), full.jobInstanceId(),
                full.articles().stream().map(dev.briefing.article.Article::outline).toList(), ids -> {
                    loaded.addAll(ids);
                    return full.texts().load(ids);
                }, full.newArticleIds(), full.changedArticleIds(), full.previous(), full.parts(), full.threads(), full.profile(),
                full.issues(), full.from(), full.to(), full.timeframeUnit(), full.producedAt(), full.maxDetailedDevelopments());

        Briefing briefing = assembler.assemble(outlines);

        assertThat(briefing).isEqualTo(assembler.assemble(full));
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(briefing.articles().stream().map(ArticleEntry::id).toList())
                .hasSizeLessThan(5);
    }
}
