namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// Exact 64-bit keys for runs of at most <see cref="MaxLength"/> one-byte symbols, the length in the top byte.
/// Symbols are packed newest first (the one just before the predicted symbol in the lowest byte), so a
/// longer context extends a shorter one by one older symbol without repacking.
/// </summary>
internal static class NgramKey
{
    public const int MaxLength = 7;

    /// <summary>The key of a context: <paramref name="packed"/> holds its <paramref name="length"/> symbols, newest in the lowest byte.</summary>
    public static ulong Context(ulong packed, int length) => ((ulong)length << (8 * MaxLength)) | packed;

    /// <summary>The key of a context followed by <paramref name="next"/>.</summary>
    public static ulong Ngram(ulong packedContext, int contextLength, byte next) =>
        ((ulong)(contextLength + 1) << (8 * MaxLength)) | (packedContext << 8) | next;

    /// <summary>Extends a packed context of <paramref name="length"/> symbols by the next older symbol.</summary>
    public static ulong Extend(ulong packed, int length, byte older) => packed | ((ulong)older << (8 * length));
}
