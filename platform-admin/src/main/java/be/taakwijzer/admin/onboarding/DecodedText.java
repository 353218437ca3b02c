package be.taakwijzer.admin.onboarding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file. Exports come as UTF-8 (with or without byte order mark) or as
 * Windows-1252 (Excel on Windows). A file is UTF-8 when every line decodes strictly as UTF-8, or when
 * some lines hold real UTF-8 characters (then the lines that do not are broken); otherwise it is
 * Windows-1252. Bytes that fit neither become U+FFFD, which the line check reports for its line.
 */
record DecodedText(String text, Charset charset) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final char INVALID = '\uFFFD';

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static DecodedText of(byte[] content) {
        if (startsWith(content, UTF8_BOM)) {
            return new DecodedText(decode(content, UTF8_BOM.length, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(content, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            throw new SchoolListRejectedException(ImportMessage.of("import.file.utf16"));
        }
        Charset charset = looksLikeUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new DecodedText(decode(content, 0, charset), charset);
    }

    private static boolean looksLikeUtf8(byte[] content) {
        boolean anyInvalidLine = false;
        boolean anyMultibyteLine = false;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            if (!isAscii(content, start, end)) {
                if (isStrictUtf8(content, start, end)) {
                    anyMultibyteLine = true;
                } else {
                    anyInvalidLine = true;
                }
            }
            start = end + 1;
        }
        return !anyInvalidLine || anyMultibyteLine;
    }

    private static boolean isAscii(byte[] content, int start, int end) {
        for (int i = start; i < end; i++) {
            if (content[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStrictUtf8(byte[] content, int start, int end) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] content, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(INVALID))
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("A replacing decoder does not fail", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
