package dev.briefing.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FontFileTest {

    @Test
    void readsFamilyWeightAndStyleFromTheFileName() {
        assertThat(FontFile.of("NotoSans-Regular.ttf")).isEqualTo(new FontFile("Noto Sans", 400, FontStyle.NORMAL));
        assertThat(FontFile.of("NotoSansArabic-Bold.ttf")).isEqualTo(new FontFile("Noto Sans Arabic", 700, FontStyle.NORMAL));
        assertThat(FontFile.of("NotoSans-Italic.ttf")).isEqualTo(new FontFile("Noto Sans", 400, FontStyle.ITALIC));
        assertThat(FontFile.of("Plain.ttf")).isEqualTo(new FontFile("Plain", 400, FontStyle.NORMAL));
    }
}
