package dev.briefing.deliver;

import dev.briefing.deliver.BriefingMessage.KeyDevelopment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Briefings to deliver: files with distinct bytes in a folder, and what the render step would say of them. */
final class Briefings {

    static final String HEADLINE = "Talks resume in Cairo on a phased truce";

    private Briefings() {
    }

    static BriefingMessage produced(Path folder, String stableName) {
        return produced(folder, stableName, HEADLINE);
    }

    /** A briefing whose first key development has the given headline (as an article's title would give it). */
    static BriefingMessage produced(Path folder, String stableName, String headline) {
        try {
            Path output = Files.createDirectories(folder.resolve(stableName));
            byte[] pdf = new byte[4096];
            new Random(stableName.hashCode()).nextBytes(pdf);
            Path pdfFile = Files.write(output.resolve("briefing.pdf"), pdf);
            Path htmlFile = Files.writeString(output.resolve("briefing.html"),
                    "<!DOCTYPE html><html><body><h1>" + stableName + "</h1></body></html>", StandardCharsets.UTF_8);
            return new BriefingMessage("Gaza war: ceasefire and hostage-exchange diplomacy", "seeds", "7 October 2023 \u2013 15 November 2023",
                    "23 November 2026, 06:00 UTC", 5, 4,
                    List.of("Gaza ceasefire and hostage-prisoner exchange talks", "Turkey's channel to Hamas"),
                    List.of(new KeyDevelopment("14 November 2023", headline, "Gaza ceasefire and hostage-prisoner exchange talks"),
                            new KeyDevelopment("c. 27 October 2023", "Ankara hosts Hamas delegation", "Turkey's channel to Hamas")),
                    pdfFile.toString(), htmlFile.toString(), stableName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
