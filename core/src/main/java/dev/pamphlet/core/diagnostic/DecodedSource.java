package dev.pamphlet.core.diagnostic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The text of a source file as readers want it: UTF-8 decoded, without a byte order mark,
 * with Windows line ends ({@code \r\n}) turned into {@code \n} so lines count the same
 * everywhere. Bytes that are not UTF-8 are an error at the line and column of the first one,
 * never an exception: the rest of the file is still read.
 *
 * <pre>{@code
 * DecodedSource source = DecodedSource.decode("notes.md", Files.readAllBytes(path));
 * source.problems().forEach(System.err::println);
 * }</pre>
 *
 * @param text the decoded text
 * @param problem a {@code source.encoding} error when the bytes were not UTF-8 (the text then
 *     holds U+FFFD where they were)
 */
public record DecodedSource(String text, Optional<Diagnostic> problem) {
  /** The code of the error for a file that is not UTF-8. */
  public static final String ENCODING = "source.encoding";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Decodes the bytes of {@code file} (a display path, for the diagnostic). */
  public static DecodedSource decode(String file, byte[] bytes) {
    int start = startsWithBom(bytes) ? BOM.length : 0;
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      String text = strict().decode(input).toString();
      return new DecodedSource(normalize(text), Optional.empty());
    } catch (CharacterCodingException e) {
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      SourcePosition at = firstBadByte(file, bytes, start);
      return new DecodedSource(normalize(text), Optional.of(Diagnostic.error(ENCODING,
          "this file is not UTF-8; characters that could not be read are shown as '\uFFFD'. "
              + "Save the file as UTF-8", at)));
    }
  }

  /** The problems found, as a list to add to others. */
  public List<Diagnostic> problems() {
    return problem.stream().toList();
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static String normalize(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }

  /** Line and column (in characters) of the first byte that is not UTF-8. */
  private static SourcePosition firstBadByte(String file, byte[] bytes, int start) {
    CharsetDecoder decoder = strict();
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      return SourcePosition.of(file);
    }
    output.flip();
    int line = 1;
    int column = 1;
    while (output.hasRemaining()) {
      if (output.get() == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }
}
