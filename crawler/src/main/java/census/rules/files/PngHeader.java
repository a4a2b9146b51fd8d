package census.rules.files;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The size of a PNG image from its first bytes: the 8-byte signature, then the IHDR chunk (length
 * 13, type "IHDR", width and height as big-endian unsigned 32-bit integers). No image library.
 */
record PngHeader(long width, long height) {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Optional<PngHeader> read(byte[] bytes) {
    if (bytes.length < 24) {
      return Optional.empty();
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (bytes[i] != SIGNATURE[i]) {
        return Optional.empty();
      }
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.getInt(8) != 13 || !"IHDR".equals(new String(bytes, 12, 4, StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    long width = Integer.toUnsignedLong(b.getInt(16));
    long height = Integer.toUnsignedLong(b.getInt(20));
    return width == 0 || height == 0 ? Optional.empty() : Optional.of(new PngHeader(width, height));
  }

  /** What the bytes look like instead, for the finding's message. */
  static String describe(byte[] bytes) {
    if (bytes.length == 0) {
      return "the file is empty";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      return "it is a JPEG";
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
    if (start.stripLeading().startsWith("<")) {
      return "it looks like SVG or HTML";
    }
    if (start.startsWith("GIF8")) {
      return "it is a GIF";
    }
    if (bytes.length >= 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return "its PNG header is damaged";
    }
    return "it does not start with the PNG signature";
  }
}
