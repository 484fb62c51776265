package org.constellation.scenario.schema;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text, rejecting with a located error anything that is not plain UTF-8 text:
 * other encodings, invalid byte sequences and control characters.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** Decoded text, or the error that prevented decoding. */
    record Decoded(String text, ValidationError error) {
    }

    static Decoded decode(String source, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return failure(source, 1, 1, "the file is saved as UTF-16; save it as UTF-8 text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return badByte(source, bytes, start, bad);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return badByte(source, bytes, start, in.position());
        }
        out.flip();
        String text = out.toString();
        ValidationError control = findControlCharacter(source, text);
        return control == null ? new Decoded(text, null) : new Decoded(null, control);
    }

    private static Decoded badByte(String source, byte[] bytes, int start, int bad) {
        int lineStart = start;
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        try {
            column += StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart))
                    .codePoints().count();
        } catch (CharacterCodingException e) {
            column += bad - lineStart;
        }
        String hex = String.format("0x%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF);
        return failure(source, line, column, "the file is not valid UTF-8 text (byte " + hex
                + " here); save it as UTF-8, or check that it is a text file");
    }

    private static ValidationError findControlCharacter(String source, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return error(source, line, column, String.format(
                        "the file contains the control character U+%04X, which YAML does not allow;"
                                + " is it a text file?", cp));
            }
            boolean crlf = cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (cp == '\n' || cp == '\r' && !crlf) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean allowed(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0x7E || cp == 0x85
                || cp >= 0xA0 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static ValidationError error(String source, int line, int column, String message) {
        return new ValidationError(new SourceLocation(source, line, column), "", message);
    }

    private static Decoded failure(String source, int line, int column, String message) {
        return new Decoded(null, error(source, line, column, message));
    }

    static Decoded decodeText(String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ValidationError control = findControlCharacter(source, body);
        return control == null ? new Decoded(body, null) : new Decoded(null, control);
    }
}
