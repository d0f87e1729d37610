package zhiti.tools.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a RIFF/WAVE file's header says: sample rate, channels, bits per sample and the length of its audio, from
 * which its duration follows. Streamed WAVs (speech APIs) may declare a placeholder data size (0 or 0xFFFFFFFF):
 * then the bytes actually present count.
 */
record WavInfo(int sampleRate, int channels, int bitsPerSample, long dataBytes) {

    /** The header and the chunks before "data" fit in the first few KB of every WAV the engines write. */
    private static final int HEADER_BYTES = 64 * 1024;

    double seconds() {
        long bytesPerSecond = (long) sampleRate * channels * Math.max(1, bitsPerSample / 8);
        return bytesPerSecond == 0 ? 0 : (double) dataBytes / bytesPerSecond;
    }

    static WavInfo read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        return parse(head, Files.size(file));
    }

    static boolean looksLikeWav(byte[] bytes) {
        return bytes.length >= 12 && ascii(bytes, 0).equals("RIFF") && ascii(bytes, 8).equals("WAVE");
    }

    /**
     * @param head      the first bytes of the file (at least up to the start of the "data" chunk)
     * @param totalSize the whole file's size in bytes
     */
    static WavInfo parse(byte[] head, long totalSize) {
        if (!looksLikeWav(head)) {
            throw new IllegalArgumentException("not a WAV file (no RIFF/WAVE header)");
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        int rate = 0, channels = 0, bits = 0;
        while (pos + 8 <= head.length) {
            String id = ascii(head, pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if (id.equals("fmt ") && body + 16 <= head.length) {
                channels = Short.toUnsignedInt(b.getShort(body + 2));
                rate = b.getInt(body + 4);
                bits = Short.toUnsignedInt(b.getShort(body + 14));
            } else if (id.equals("data")) {
                if (rate <= 0 || channels <= 0) {
                    throw new IllegalArgumentException("WAV file has its data before a valid fmt chunk");
                }
                long present = Math.max(0, totalSize - body);
                long declared = size == 0 || size == 0xFFFFFFFFL ? present : size;
                return new WavInfo(rate, channels, bits, Math.min(declared, present));
            }
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1)); // chunks are padded to even sizes
        }
        throw new IllegalArgumentException("WAV file has no data chunk in its first " + head.length + " bytes");
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }
}
