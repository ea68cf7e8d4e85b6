package dev.briefing.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import java.util.Locale;

/**
 * What a font file's name says about the face it holds: {@code NotoSansArabic-Bold.ttf} is family
 * "Noto Sans Arabic", weight 700, normal style. Templates name families in CSS the same way.
 */
record FontFile(String family, int weight, FontStyle style) {

    static FontFile of(String fileName) {
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        int dash = base.lastIndexOf('-');
        String familyPart = dash < 0 ? base : base.substring(0, dash);
        String face = dash < 0 ? "regular" : base.substring(dash + 1).toLowerCase(Locale.ROOT);
        int weight = face.contains("bold") ? 700 : face.contains("light") ? 300 : face.contains("medium") ? 500 : 400;
        FontStyle style = face.contains("italic") ? FontStyle.ITALIC : FontStyle.NORMAL;
        return new FontFile(splitCamelCase(familyPart), weight, style);
    }

    private static String splitCamelCase(String name) {
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }
}
