package census.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.eclipse.jgit.internal.storage.file.BasePackIndexWriter;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdOwnerMap;
import org.eclipse.jgit.transport.PackedObjectInfo;
import org.eclipse.jgit.util.NB;
import org.eclipse.jgit.util.sha1.SHA1;

/**
 * Writes one pack (version 2) and its index, object by object, as whole objects or as deltas
 * against an object written before (OFS_DELTA): what JGit's {@code PackInserter} does, plus deltas.
 * The object count in the header and the trailing checksum are written at the end, over the file.
 */
final class PackFileWriter implements AutoCloseable {
  private static final int HEADER_LENGTH = 12;

  private final Path packDir;
  private final Path tmpPack;
  private final CountingStream out;
  private final ObjectIdOwnerMap<PackedObjectInfo> objects = new ObjectIdOwnerMap<>();
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
  private final byte[] buffer = new byte[64 * 1024];
  private boolean finished;

  PackFileWriter(Path objectsDir) throws IOException {
    packDir = objectsDir.resolve("pack");
    tmpPack = Files.createTempFile(objectsDir, "insert_", ".pack");
    out = new CountingStream(new BufferedOutputStream(Files.newOutputStream(tmpPack), 1 << 16));
    out.write(header(0)); // the count is set in finish()
  }

  boolean contains(AnyObjectId id) {
    return objects.contains(id);
  }

  /** Writes a whole object; returns its offset in the pack. */
  long whole(ObjectId id, int type, byte[] data) throws IOException {
    long offset = begin(id);
    out.write(typeAndSize(type, data.length));
    deflate(data);
    return end(id, offset);
  }

  /** Writes an object as {@code delta} against the object at {@code baseOffset}. */
  long delta(ObjectId id, long baseOffset, byte[] delta) throws IOException {
    long offset = begin(id);
    out.write(typeAndSize(Constants.OBJ_OFS_DELTA, delta.length));
    out.write(negativeOffset(offset - baseOffset));
    deflate(delta);
    return end(id, offset);
  }

  private long begin(AnyObjectId id) {
    if (objects.contains(id)) {
      throw new IllegalStateException("written twice: " + id.name());
    }
    out.crc.reset();
    return out.count;
  }

  private long end(ObjectId id, long offset) {
    PackedObjectInfo info = new PackedObjectInfo(id);
    info.setOffset(offset);
    info.setCRC((int) out.crc.getValue());
    objects.add(info);
    return offset;
  }

  private void deflate(byte[] data) throws IOException {
    deflater.setInput(data);
    deflater.finish();
    while (!deflater.finished()) {
      int n = deflater.deflate(buffer);
      out.write(buffer, 0, n);
    }
    deflater.reset();
  }

  /** The pack's type-and-size header: 3 bits of type, the size 4 bits then 7 bits a byte. */
  private static byte[] typeAndSize(int type, long size) {
    byte[] header = new byte[10];
    long rest = size >>> 4;
    header[0] = (byte) ((rest > 0 ? 0x80 : 0) | type << 4 | (int) (size & 0x0F));
    int n = 1;
    while (rest > 0) {
      header[n++] = (byte) ((rest >>> 7 > 0 ? 0x80 : 0) | (int) (rest & 0x7F));
      rest >>>= 7;
    }
    return Arrays.copyOf(header, n);
  }

  /** OFS_DELTA's distance back to the base: big-endian 7-bit groups, each but the last minus 1. */
  private static byte[] negativeOffset(long distance) {
    byte[] encoded = new byte[10];
    int n = encoded.length - 1;
    encoded[n] = (byte) (distance & 0x7F);
    while ((distance >>>= 7) > 0) {
      encoded[--n] = (byte) (0x80 | (--distance & 0x7F));
    }
    return Arrays.copyOfRange(encoded, n, encoded.length);
  }

  private static byte[] header(int count) {
    byte[] header = new byte[HEADER_LENGTH];
    System.arraycopy(Constants.PACK_SIGNATURE, 0, header, 0, 4);
    NB.encodeInt32(header, 4, 2);
    NB.encodeInt32(header, 8, count);
    return header;
  }

  /**
   * Sets the object count, appends the checksum, writes the index and moves both into objects/pack;
   * returns the pack.
   */
  Path finish() throws IOException {
    out.close();
    List<PackedObjectInfo> sorted = new ArrayList<>();
    objects.forEach(sorted::add);
    sorted.sort(null);
    byte[] checksum;
    try (RandomAccessFile file = new RandomAccessFile(tmpPack.toFile(), "rw")) {
      file.write(header(sorted.size()));
      file.seek(0);
      SHA1 sha1 = SHA1.newInstance();
      for (int n; (n = file.read(buffer)) > 0; ) {
        sha1.update(buffer, 0, n);
      }
      checksum = sha1.digest();
      file.write(checksum);
    }
    Path tmpIndex = tmpPack.resolveSibling(tmpPack.getFileName() + ".idx");
    try (OutputStream index = new BufferedOutputStream(Files.newOutputStream(tmpIndex))) {
      BasePackIndexWriter.createVersion(index, 2).write(sorted, checksum);
    }
    String name = "pack-" + ObjectId.fromRaw(checksum).name();
    Path pack = packDir.resolve(name + ".pack");
    Files.move(tmpPack, pack, StandardCopyOption.ATOMIC_MOVE);
    Files.move(tmpIndex, packDir.resolve(name + ".idx"), StandardCopyOption.ATOMIC_MOVE);
    finished = true;
    return pack;
  }

  @Override
  public void close() throws IOException {
    deflater.end();
    if (!finished) {
      out.close();
      Files.deleteIfExists(tmpPack);
    }
  }

  /** Counts the bytes written (an object's offset) and their CRC-32 (for the index). */
  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    final CRC32 crc = new CRC32();
    long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      crc.update(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
