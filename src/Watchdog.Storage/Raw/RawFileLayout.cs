namespace Watchdog.Storage.Raw;

/// <summary>Where a body lives on disk: <c>ab/cd/&lt;hash&gt;.gz</c> under the raw folder, two levels of 256 to keep folders small.</summary>
public static class RawFileLayout
{
    public static string PathFor(string rawFolder, string hash) =>
        Path.Combine(rawFolder, hash[..2], hash[2..4], hash + ".gz");
}
