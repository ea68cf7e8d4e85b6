package dev.briefing.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();
    private static final String FRENCH = "Les négociations reprennent au Caire, où les médiateurs égyptiens et qataris reçoivent "
            + "les délégations. Le Hamas a approuvé la proposition égyptienne de trêve, selon des sources proches du dossier.";

    @Test
    void readsUtf8AsItIs() throws Exception {
        TextDecoder.Decoded decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.note()).isEmpty();
    }

    @Test
    void dropsAUtf8ByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Talks resumed.".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);

        assertThat(decoder.decode(both, Optional.empty()).text()).isEqualTo("Talks resumed.");
    }

    @Test
    void usesTheDeclaredCharsetWhenTheBytesAreNotUtf8() throws Exception {
        TextDecoder.Decoded decoded = decoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")), Optional.of("windows-1252"));

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.note()).contains("not valid UTF-8; decoded with its declared charset windows-1252");
    }

    @Test
    void detectsTheCharsetWhenNoneIsDeclared() throws Exception {
        TextDecoder.Decoded decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), Optional.empty());

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.note()).hasValueSatisfying(note -> assertThat(note).startsWith("not valid UTF-8; decoded as ISO-8859-1"));
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], Optional.empty())).hasMessage("the file is empty");
        assertThatThrownBy(() -> decoder.decode(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}, Optional.empty()))
                .hasMessageStartingWith("the file is binary");
    }
}
