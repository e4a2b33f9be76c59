namespace Watchdog.Pipeline.Import;

/// <summary>One article of a JSON Lines archive, as read from its line (see <see cref="ImportLineParser"/>).</summary>
/// <param name="Language">ISO 639-1 code given by the archive; null to detect it from the text.</param>
/// <param name="SourceUrl">Where the article was published; null to take the site of <paramref name="Url"/>.</param>
public sealed record ImportRecord(
    Uri Url, string Title, string Text, DateTimeOffset? Published, string? Language, string? SourceName, Uri? SourceUrl,
    IReadOnlyList<string> Authors);

/// <summary>What a line of the archive gave: an article, or the reason it was skipped.</summary>
public sealed record ImportLine(long Number, ImportRecord? Record, string? Problem);
