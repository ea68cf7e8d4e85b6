package dev.briefing.analyze;

import dev.briefing.analyze.CleanedText.RemovedBlock;
import dev.briefing.article.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site chrome that comes along when an article is copied from a web page ("Skip to
 * content", share bars, related-link lists, stray image names and captions) and keeps what that
 * chrome says about the article: its title, its outlet and a dateline.
 *
 * <p>Works on blocks (paragraph candidates) so that plain text, Markdown and HTML share the rules.
 */
public final class BoilerplateCleaner {

    private static final int TITLE_MAX_WORDS = 25;
    private static final int HEADING_MAX_WORDS = 12;
    private static final int CAPTION_MIN_WORDS = 6;
    private static final int CAPTION_MAX_WORDS = 25;
    private static final int LINK_TITLE_MAX_WORDS = 30;

    private static final Pattern CHROME = Pattern.compile(
            "(?i)^(?:skip to (?:main )?content|share (?:this )?(?:article|story|page|post)\\s*:?"
                    + "|share(?: on)? (?:facebook|twitter|x|whatsapp|linkedin|telegram|email)"
                    + "|most (?:popular|read|viewed)|trending(?: now)?|advertisement|advertising"
                    + "|read more\\s*:?|click here.{0,60}|back to top|print(?: this article)?|comments?\\s*\\(?\\d*\\)?"
                    + "|(?:we use|this site uses) cookies.{0,300}|(?:accept|reject|manage) (?:all )?cookies.{0,80}"
                    + "|(?:subscribe|sign up)(?: to| for)? (?:our|the) newsletter.{0,80}|follow us(?: on)?.{0,60}"
                    + "|all rights reserved.{0,60}|(?:©|copyright)\\s.{0,80}|tags?\\s*:.{0,200}|listen to (?:this )?article.{0,30})$");

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)^(?:related|recommended|more|latest|also read|read also|see also|you (?:may|might) also like)"
                    + "(?: (?:posts|articles|stories|news|coverage|reading|links|topics))?\\s*:?$");

    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)^[\\w .()-]{1,80}\\.(?:jpe?g|png|gif|webp|svg|avif)$");

    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(?:source|sources|via)\\s*:\\s*(.{2,60}?)\\.?$");

    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated)\\s*[:\\-–]?\\s*"
                    + "(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|\\d{1,2} \\p{L}+\\.? \\d{4}|\\p{L}+\\.? \\d{1,2},? \\d{4})\\s*[-–—:|]?\\s*");

    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("efe", "EFE"), Map.entry("afp", "AFP"), Map.entry("ap", "AP"),
            Map.entry("reuters", "Reuters"), Map.entry("dpa", "dpa"), Map.entry("ansa", "ANSA"),
            Map.entry("anadolu", "Anadolu Agency"), Map.entry("anadolu agency", "Anadolu Agency"),
            Map.entry("wafa", "WAFA"), Map.entry("tass", "TASS"), Map.entry("xinhua", "Xinhua"),
            Map.entry("europa press", "Europa Press"), Map.entry("agencies", "Agencies"),
            Map.entry("associated press", "Associated Press"), Map.entry("mena", "MENA"));

    private static final Pattern AGENCY_SIGN_OFF = Pattern.compile("^[(\\[—–-]*\\s*(\\p{L}[\\p{L} ]{1,25}?)\\s*[)\\]]*\\.?$");

    /** Site names that say nothing about the outlet ("Title | News"). */
    private static final Set<String> GENERIC_SITE_NAMES = Set.of("news", "home", "homepage", "latest", "world", "article");

    private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("^(.{8,}?)\\s+[|]\\s+([^|]{2,60})$");

    private static final Pattern FINITE_VERB = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do"
                    + "|said|says|told|tells|added|stated|announced|reported|warned|stressed|explained|insisted"
                    + "|according|agreed|met|held|took|left|sent|called|urged|noted)\\b(?! by)");
    private static final Pattern PAST_TENSE = Pattern.compile("(?i)\\b\\p{L}{3,}ed\\b(?! by)");
    private static final Pattern TIME_DEIXIS = Pattern.compile(
            "(?i)\\b(?:today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|last week)\\b");
    private static final Pattern DISCOURSE_OPENER = Pattern.compile(
            "(?i)^(?:despite|however|meanwhile|although|though|while|but|and|also|in addition|moreover|on the other hand"
                    + "|for (?:their|his|her|its) part|even so|nevertheless|still|instead|amid|after|before|since|during|as)\\b");

    // Compiled once: String.replaceAll and String.matches compile their expression on every call,
    // and cleaning runs these on every block of every article.
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”«»]");
    /** What a block that ends as a sentence ends with. */
    private static final String SENTENCE_ENDINGS = ".!?…:;\"”’»)";

    public CleanedText clean(List<String> rawBlocks) {
        List<String> blocks = new ArrayList<>();
        for (String raw : rawBlocks) {
            String block = normaliseSpace(raw);
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        List<RemovedBlock> removed = new ArrayList<>();
        String outlet = null;
        String dateline = null;

        List<String> kept = new ArrayList<>();
        boolean inRelatedList = false;
        for (String block : blocks) {
            if (inRelatedList) {
                if (looksLikeLinkTitle(block)) {
                    removed.add(new RemovedBlock(block, "related link"));
                    continue;
                }
                inRelatedList = false;
            }
            if (CHROME.matcher(block).matches()) {
                removed.add(new RemovedBlock(block, "site chrome"));
            } else if (RELATED_HEADING.matcher(block).matches()) {
                removed.add(new RemovedBlock(block, "related links heading"));
                inRelatedList = true;
            } else if (IMAGE_FILE.matcher(block).matches()) {
                removed.add(new RemovedBlock(block, "image file name"));
            } else if (SOURCE_LINE.matcher(block).matches()) {
                Matcher source = SOURCE_LINE.matcher(block);
                source.matches();
                outlet = outlet == null ? source.group(1).strip() : outlet;
                removed.add(new RemovedBlock(block, "source line (outlet)"));
            } else {
                kept.add(block);
            }
        }

        if (!kept.isEmpty()) {
            Optional<String> agency = agencySignOff(kept.get(kept.size() - 1));
            if (agency.isPresent() && kept.size() > 1) {
                removed.add(new RemovedBlock(kept.remove(kept.size() - 1), "agency sign-off (outlet)"));
                outlet = outlet == null ? agency.get() : outlet;
            }
        }

        if (!kept.isEmpty()) {
            Matcher date = DATELINE.matcher(kept.get(0));
            if (date.lookingAt()) {
                dateline = date.group(1);
                String rest = kept.get(0).substring(date.end()).strip();
                removed.add(new RemovedBlock(kept.get(0).substring(0, date.end()).strip(), "dateline"));
                if (rest.isEmpty()) {
                    kept.remove(0);
                } else {
                    kept.set(0, rest);
                }
            }
        }

        String title = null;
        if (kept.size() > 1 && looksLikeTitle(kept.get(0))) {
            title = kept.remove(0);
            Matcher suffix = TITLE_SITE_SUFFIX.matcher(title);
            if (suffix.matches()) {
                title = suffix.group(1).strip();
                String site = suffix.group(2).strip();
                if (outlet == null && !GENERIC_SITE_NAMES.contains(site.toLowerCase(Locale.ROOT))) {
                    outlet = site;
                }
            }
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String block = kept.get(i);
            boolean surrounded = i > 0 && i < kept.size() - 1;
            if (surrounded && looksLikeCaption(block)) {
                removed.add(new RemovedBlock(block, "image caption"));
            } else if (i > 0 && looksLikeHeading(block)) {
                paragraphs.add(Paragraph.heading(block));
            } else {
                paragraphs.add(Paragraph.text(block));
            }
        }
        return new CleanedText(title, outlet, dateline, paragraphs, removed);
    }

    /**
     * The block with each run of spaces, tabs, form feeds, carriage returns and no-break spaces
     * made one space, byte-order marks dropped, and stripped. Loops: a regular expression's
     * replaceAll over every block of every article was 3.5% of ingest at 100,000 articles, and
     * most blocks have nothing to replace, so they are only checked, not copied.
     */
    static String normaliseSpace(String text) {
        if (!needsSpaceNormalising(text)) {
            return text.strip();
        }
        StringBuilder normalised = new StringBuilder(text.length());
        boolean inSpaceRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            boolean space = isCollapsedSpace(c);
            if (!space) {
                normalised.append(c);
            } else if (!inSpaceRun) {
                normalised.append(' ');
            }
            inSpaceRun = space;
        }
        return normalised.toString().strip();
    }

    /** Whether the text has a byte-order mark, a space other than U+0020, or two spaces in a row. */
    private static boolean needsSpaceNormalising(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || (isCollapsedSpace(c) && (c != ' ' || previous == ' '))) {
                return true;
            }
            previous = c;
        }
        return false;
    }

    private static boolean isCollapsedSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    private static Optional<String> agencySignOff(String block) {
        Matcher matcher = AGENCY_SIGN_OFF.matcher(block);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(AGENCIES.get(matcher.group(1).strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean endsAsSentence(String block) {
        return !block.isEmpty() && SENTENCE_ENDINGS.indexOf(block.charAt(block.length() - 1)) >= 0;
    }

    private static boolean looksLikeTitle(String block) {
        int words = Sentences.wordCount(block, TITLE_MAX_WORDS);
        return words >= 2 && words <= TITLE_MAX_WORDS && !block.endsWith(".") && !block.endsWith(":");
    }

    private static boolean looksLikeHeading(String block) {
        // Most blocks end as sentences: that answers before their words are counted.
        return !endsAsSentence(block) && Character.isUpperCase(block.codePointAt(0))
                && Sentences.wordCount(block, HEADING_MAX_WORDS) <= HEADING_MAX_WORDS;
    }

    private static boolean looksLikeLinkTitle(String block) {
        return Sentences.wordCount(block, LINK_TITLE_MAX_WORDS) <= LINK_TITLE_MAX_WORDS
                && (!block.endsWith(".") || TITLE_SITE_SUFFIX.matcher(block).matches());
    }

    /**
     * A photo caption pasted between paragraphs: one short sentence that reports nothing (no
     * finite or past-tense verb, no attribution, no time reference) and does not continue the
     * argument of the previous paragraph.
     */
    private static boolean looksLikeCaption(String block) {
        int words = Sentences.wordCount(block, CAPTION_MAX_WORDS);
        return words >= CAPTION_MIN_WORDS && words <= CAPTION_MAX_WORDS
                && block.endsWith(".")
                && Sentences.split(block).size() == 1
                && !QUOTE_MARK.matcher(block).find()
                && !FINITE_VERB.matcher(block).find()
                && !PAST_TENSE.matcher(block).find()
                && !TIME_DEIXIS.matcher(block).find()
                && !DISCOURSE_OPENER.matcher(block).find()
                && Character.isUpperCase(block.codePointAt(0));
    }
}
