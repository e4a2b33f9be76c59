namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// 32-bit FNV-1a hashes of feature templates and values. A word's strings are hashed once (<see cref="WordFeatures"/>);
/// features of its neighbours and of the tags before it combine those hashes, so tagging allocates no feature strings.
/// Collisions between rare features only add a little noise to the weights; the model stores hashes, not strings.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint OfText(ReadOnlySpan<char> value)
    {
        var hash = Offset;
        foreach (var c in value) hash = Mix(hash, c);
        return hash;
    }

    public static uint Of(int template, uint value) => Mix(Mix(Offset, (uint)template), value);

    public static uint Of(int template, uint first, uint second) => Mix(Of(template, first), second);

    private static uint Mix(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }
}
