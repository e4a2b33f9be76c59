namespace Watchdog.SampleWeb.Logging;

/// <summary>One request a sample site answered. <see cref="Headers"/> keys are case-insensitive.</summary>
public sealed record RecordedRequest(
    string Site,
    string Method,
    string Path,
    string? Query,
    IReadOnlyDictionary<string, string> Headers,
    int StatusCode,
    DateTimeOffset At)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public string? IfNoneMatch => Header("If-None-Match");
    public string? IfModifiedSince => Header("If-Modified-Since");
    public string? UserAgent => Header("User-Agent");
    public bool IsConditional => IfNoneMatch is not null || IfModifiedSince is not null;
}
