package dev.briefing.briefing;

import dev.briefing.Seeds;
import dev.briefing.article.DateSource;
import dev.briefing.article.PublicationDate;
import dev.briefing.briefing.BriefingModel.FigureSeries;
import dev.briefing.briefing.BriefingModel.Quotation;
import dev.briefing.briefing.BriefingModel.StickingPoint;
import dev.briefing.profile.StickingPointDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sticking points, figures and quotations found in a thread's reports. */
class ThreadFactsTest {

    private static ReportText report(int source, LocalDate date, String... paragraphs) {
        return new ReportText(source, "article-" + source, DateTexts.of(PublicationDate.stated(date, DateSource.DATELINE, date.toString())),
                "en", List.of(paragraphs));
    }

    private static final ReportText FEBRUARY = report(1, LocalDate.of(2024, 2, 14),
            "One of the main stumbling blocks remains the number of prisoners that Hamas asks Israel to release, in principle more"
                    + " than a thousand, in exchange for the 134 hostages, at least thirty of them dead.",
            "“Israel did not receive any new proposal from Hamas in Cairo,” the presidential department said in a statement."
                    + " “Prime Minister Benjamin Netanyahu insists that Israel will not give in,” he added.");
    private static final ReportText MAY = report(2, LocalDate.of(2024, 5, 7),
            "Hamas, which has ruled the Gaza Strip since 2007, agreed to a plan of three stages, each lasting 42 days.",
            "Kirby said he hoped for a deal “very soon.” The talks on the withdrawal of troops went on in Cairo on 7 May.",
            "Health officials say 34,789 people have been killed, and about 1.7 million of the Strip's 2.2 million people are displaced.",
            "Netanyahu insisted on the conditions for the release of hostages held in the Gaza Strip since October 7, as well as on"
                    + " security.");

    @Test
    void aStickingPointIsRaisedOnlyWhereTheTextSaysItDividesTheSides() {
        List<StickingPoint> points = new StickingPointFinder().find(List.of(
                new StickingPointDefinition("Prisoners against hostages", List.of("number of prisoners")),
                new StickingPointDefinition("Withdrawal", List.of("withdrawal"))), List.of(FEBRUARY, MAY));

        assertThat(points).extracting(StickingPoint::name).containsExactly("Prisoners against hostages");
        assertThat(points.get(0).raisedIn()).singleElement().satisfies(mention -> {
            assertThat(mention.source()).isEqualTo(1);
            assertThat(mention.date()).isEqualTo("14 February 2024");
            assertThat(mention.quote()).contains("stumbling blocks remains the number of prisoners").startsWith("One of").endsWith("…");
        });
    }

    @Test
    void threadsWithoutDeclaredPointsUseTheGenericList() {
        List<StickingPoint> points = new StickingPointFinder().find(List.of(), List.of(
                report(3, LocalDate.of(2023, 5, 21), "The army insists on guarantees that the RSF will withdraw from hospitals.")));

        assertThat(points).extracting(StickingPoint::name).containsExactly("Withdrawal of forces", "Guarantees");
    }

    @Test
    void figuresAreCountsOfPeopleInTheirOwnWordsInDateOrder() {
        List<FigureSeries> figures = new FigureFinder().find(List.of(MAY, FEBRUARY));

        assertThat(figures).extracting(FigureSeries::measure).containsExactly("Killed", "Displaced", "Hostages and captives",
                "Prisoners and detainees");
        assertThat(figures.get(0).reports()).extracting(BriefingModel.FigureReport::figure)
                .containsExactly("at least thirty of them dead", "34,789 people have been killed");
        assertThat(figures.get(1).reports()).extracting(BriefingModel.FigureReport::figure)
                .containsExactly("about 1.7 million of the Strip's 2.2 million people are displaced");
        assertThat(figures.get(2).reports()).extracting(BriefingModel.FigureReport::figure).containsExactly("134 hostages");
        assertThat(figures.get(3).reports()).extracting(BriefingModel.FigureReport::figure).containsExactly("more than a thousand");
        assertThat(figures.stream().flatMap(f -> f.reports().stream()).map(BriefingModel.FigureReport::figure))
                .as("years, durations and days are not counts").noneMatch(f -> f.contains("2007") || f.contains("42") || f.contains("7 May") || f.startsWith("7"));
    }

    @Test
    void quotationsNameTheirSpeakerAndAPronounTakesThePreviousOne() {
        List<Quotation> quotations = new QuotationFinder(Seeds.ENTITIES).find(List.of(FEBRUARY, MAY));

        assertThat(quotations).extracting(Quotation::speaker, Quotation::source).containsExactly(
                org.assertj.core.api.Assertions.tuple("the presidential department", 1),
                org.assertj.core.api.Assertions.tuple("the presidential department", 1));
        assertThat(quotations.get(1).text()).isEqualTo("Prime Minister Benjamin Netanyahu insists that Israel will not give in");
        assertThat(quotations).as("two words are not a quotation worth listing").noneMatch(q -> q.text().contains("very soon"));
    }

    @Test
    void aNamedSpeakerIsGivenByTheGazetteerName() {
        List<Quotation> quotations = new QuotationFinder(Seeds.ENTITIES).find(List.of(report(4, LocalDate.of(2024, 1, 30),
                "Kirby told reporters that “we are working hard to close the remaining gaps in the text.”")));

        assertThat(quotations).extracting(Quotation::speaker).containsExactly("John Kirby");
    }

    @Test
    void timelineLabelsBreakIntoTwoLinesAtMost() {
        assertThat(TimelineBuilder.labelLines("Turkey's channel to Hamas")).containsExactly("Turkey's channel to Hamas");
        assertThat(TimelineBuilder.labelLines("Gaza ceasefire and hostage-prisoner exchange talks"))
                .containsExactly("Gaza ceasefire and", "hostage-prisoner exchange talks");
        assertThat(TimelineBuilder.labelLines("Political settlement and humanitarian aid: Rapid Support Forces and Sudanese Armed Forces"))
                .hasSize(2).last().asString().endsWith("…");
    }
}
