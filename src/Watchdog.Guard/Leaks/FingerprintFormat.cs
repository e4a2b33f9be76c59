using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Watchdog.Guard.Leaks;

/// <summary>
/// The stored form of a <see cref="DocumentFingerprint"/>: "WDFP", a version byte, the K and window it was made with,
/// the word count and entry count (varints), each entry as an 8-byte hash and a varint gap from the previous
/// position, then the first 8 bytes of the SHA-256 of everything before — so a damaged blob fails loudly.
/// </summary>
public static class FingerprintFormat
{
    public const byte CurrentVersion = 1;
    private const int ChecksumBytes = 8;
    private static ReadOnlySpan<byte> Magic => "WDFP"u8;

    public static byte[] Write(DocumentFingerprint fingerprint)
    {
        using var stream = new MemoryStream();
        stream.Write(Magic);
        stream.WriteByte(CurrentVersion);
        stream.WriteByte(Winnowing.K);
        stream.WriteByte(Winnowing.WindowSize);
        WriteVarint(stream, (uint)fingerprint.WordCount);
        WriteVarint(stream, (uint)fingerprint.Count);
        Span<byte> hash = stackalloc byte[8];
        var previous = -1;
        foreach (var entry in fingerprint.Entries)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(hash, entry.Hash);
            stream.Write(hash);
            WriteVarint(stream, (uint)(entry.WordPosition - previous));
            previous = entry.WordPosition;
        }
        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)).AsSpan(0, ChecksumBytes));
        return stream.ToArray();
    }

    /// <exception cref="InvalidFingerprintException">Not a fingerprint, damaged, or made by another version or parameters.</exception>
    public static DocumentFingerprint Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + 3 + ChecksumBytes || !bytes.StartsWith(Magic))
            throw new InvalidFingerprintException("not a Watchdog fingerprint (it does not start with 'WDFP')");
        var version = bytes[Magic.Length];
        if (version != CurrentVersion)
            throw new InvalidFingerprintException($"fingerprint format version {version} is not supported (this build reads version {CurrentVersion})");
        var body = bytes[..^ChecksumBytes];
        if (!SHA256.HashData(body).AsSpan(0, ChecksumBytes).SequenceEqual(bytes[^ChecksumBytes..]))
            throw new InvalidFingerprintException("the fingerprint is damaged (checksum mismatch)");
        var (k, window) = (bytes[Magic.Length + 1], bytes[Magic.Length + 2]);
        if (k != Winnowing.K || window != Winnowing.WindowSize)
            throw new InvalidFingerprintException($"the fingerprint was made with k={k}, w={window}; this build uses k={Winnowing.K}, w={Winnowing.WindowSize}: fingerprint the document again");
        var reader = new SpanReader(body[(Magic.Length + 3)..]);
        var wordCount = reader.Varint();
        var count = reader.Varint();
        if (count > reader.Remaining / 9) throw new InvalidFingerprintException($"the fingerprint claims {count} entries but holds fewer");
        var entries = new FingerprintEntry[count];
        var position = -1L;
        for (var i = 0; i < count; i++)
        {
            var hash = reader.UInt64();
            var gap = reader.Varint();
            position += gap;
            if (gap == 0 || position >= wordCount) throw new InvalidFingerprintException($"entry {i} has an invalid word position");
            entries[i] = new FingerprintEntry(hash, (int)position);
        }
        if (reader.Remaining != 0) throw new InvalidFingerprintException($"{reader.Remaining} unexpected bytes after the last entry");
        return new DocumentFingerprint(wordCount, entries);
    }

    private static void WriteVarint(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        stream.WriteByte((byte)value);
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly int Remaining => _bytes.Length - _at;

        public ulong UInt64()
        {
            if (Remaining < 8) throw Truncated();
            var value = BinaryPrimitives.ReadUInt64LittleEndian(_bytes[_at..]);
            _at += 8;
            return value;
        }

        public int Varint()
        {
            var value = 0L;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (Remaining < 1) throw Truncated();
                var b = _bytes[_at++];
                value |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    if (value > int.MaxValue) break;
                    return (int)value;
                }
            }
            throw new InvalidFingerprintException("a number in the fingerprint is out of range");
        }

        private static InvalidFingerprintException Truncated() => new("the fingerprint is truncated");
    }
}

/// <summary>A fingerprint blob that cannot be read; the message says why.</summary>
public sealed class InvalidFingerprintException(string message) : FormatException("Invalid fingerprint: " + message);
