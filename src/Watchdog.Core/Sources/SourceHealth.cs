namespace Watchdog.Core.Sources;

/// <summary>What the scheduler knows about a source's recent fetches; shown by `sources list` and the API.</summary>
public sealed record SourceHealth
{
    public static SourceHealth New { get; } = new();

    public SourceStatus Status { get; init; } = SourceStatus.New;
    public DateTimeOffset? LastFetchAt { get; init; }
    public DateTimeOffset? NextRunAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public long ItemsStored { get; init; }
    public long ErrorCount { get; init; }
    public string? LastError { get; init; }
    /// <summary>Why the source is paused: by the operator, or automatically after repeated failures.</summary>
    public string? PausedReason { get; init; }
}

public enum SourceStatus { New, Ok, Failing, Paused }
