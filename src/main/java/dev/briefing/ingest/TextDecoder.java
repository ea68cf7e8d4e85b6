package dev.briefing.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an input file into text without guessing silently: UTF-8 when the bytes are
 * valid UTF-8 (with or without a byte order mark), else the charset the file declares, else the
 * charset ICU detects with reasonable confidence, each fallback reported as a note. Bytes that are
 * clearly not text are refused.
 */
public final class TextDecoder {

    private static final int MIN_DETECTION_CONFIDENCE = 30;
    private static final int BINARY_SAMPLE = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;

    /** Decoded text and, when it was not plain UTF-8, a note saying how it was decoded. */
    public record Decoded(String text, Optional<String> note) {
    }

    public Decoded decode(byte[] bytes, Optional<String> declaredCharset) throws UndecodableInputException {
        if (bytes.length == 0) {
            throw new UndecodableInputException("the file is empty");
        }
        if (looksBinary(bytes)) {
            throw new UndecodableInputException("the file is binary, not text (it contains NUL or control bytes)");
        }
        Optional<Decoded> bomDecoded = decodeByteOrderMark(bytes);
        if (bomDecoded.isPresent()) {
            return bomDecoded.get();
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), Optional.empty());
        }
        if (declaredCharset.isPresent() && Charset.isSupported(declaredCharset.get())) {
            Optional<String> declared = strict(bytes, Charset.forName(declaredCharset.get()));
            if (declared.isPresent()) {
                return new Decoded(declared.get(), Optional.of(
                        "not valid UTF-8; decoded with its declared charset " + declaredCharset.get()));
            }
        }
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match != null && match.getConfidence() >= MIN_DETECTION_CONFIDENCE && Charset.isSupported(match.getName())) {
            Optional<String> detected = strict(bytes, Charset.forName(match.getName()));
            if (detected.isPresent()) {
                return new Decoded(detected.get(), Optional.of("not valid UTF-8; decoded as " + match.getName()
                        + " (detected with " + match.getConfidence() + "% confidence)"));
            }
        }
        throw new UndecodableInputException("the file is not valid UTF-8 and no other charset could be determined");
    }

    private static Optional<Decoded> decodeByteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(java.util.Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8)
                    .map(text -> new Decoded(text, Optional.empty()));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return strict(bytes, StandardCharsets.UTF_16)
                    .map(text -> new Decoded(text, Optional.of("decoded as UTF-16 (byte order mark)")));
        }
        return Optional.empty();
    }

    private static boolean looksBinary(byte[] bytes) {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        if (utf16Bom) {
            return false;
        }
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample * MAX_CONTROL_SHARE;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The bytes cannot be read as text; the message says why, for the skip record. */
    public static class UndecodableInputException extends Exception {
        public UndecodableInputException(String message) {
            super(message);
        }
    }
}
