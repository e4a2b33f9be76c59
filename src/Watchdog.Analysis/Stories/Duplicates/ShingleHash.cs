namespace Watchdog.Analysis.Stories.Duplicates;

/// <summary>
/// A stable 64-bit hash of a word shingle (FNV-1a over the UTF-16 code units, then the SplitMix64 finaliser).
/// string.GetHashCode is randomised per process, so it cannot be stored; FNV-1a alone mixes the high bits
/// poorly, which SimHash needs as much as the low ones.
/// </summary>
internal static class ShingleHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const char Separator = '\u001F';

    public static ulong Of(IReadOnlyList<string> words, int start, int count)
    {
        var hash = FnvOffset;
        for (var i = start; i < start + count; i++)
        {
            if (i > start) hash = Step(hash, Separator);
            foreach (var c in words[i]) hash = Step(hash, c);
        }
        return Finalise(hash);
    }

    private static ulong Step(ulong hash, char c) => (hash ^ c) * FnvPrime;

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
