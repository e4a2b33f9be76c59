using System.Data.Common;
using Watchdog.Core.Sources;

namespace Watchdog.Storage.Sql.Rows;

/// <summary>A source as a row of <c>sources</c>, the same in both backends.</summary>
public static class SourceRow
{
    public const string Columns = "id, " + InsertColumns;

    /// <summary>Every column but the generated id.</summary>
    public const string InsertColumns =
        "url, kind, interval_ms, tags, title, max_depth, max_pages_per_run, include_pattern, exclude_pattern, created_at, " +
        "status, last_fetch_at, next_run_at, consecutive_failures, items_stored, error_count, last_error, paused_reason";

    /// <summary>Every column but id, as <c>@column</c> parameters.</summary>
    public const string Values =
        "@url, @kind, @interval_ms, @tags, @title, @max_depth, @max_pages_per_run, @include_pattern, @exclude_pattern, @created_at, " +
        "@status, @last_fetch_at, @next_run_at, @consecutive_failures, @items_stored, @error_count, @last_error, @paused_reason";

    /// <summary>Every column but id and created_at, for UPDATE … SET.</summary>
    public const string Assignments =
        "url = @url, kind = @kind, interval_ms = @interval_ms, tags = @tags, title = @title, max_depth = @max_depth, " +
        "max_pages_per_run = @max_pages_per_run, include_pattern = @include_pattern, exclude_pattern = @exclude_pattern, " +
        "status = @status, last_fetch_at = @last_fetch_at, next_run_at = @next_run_at, consecutive_failures = @consecutive_failures, " +
        "items_stored = @items_stored, error_count = @error_count, last_error = @last_error, paused_reason = @paused_reason";

    public static (string, object?)[] Parameters(Source source, ISqlValues v) =>
    [
        ("@id", source.Id),
        ("@url", source.Url.AbsoluteUri),
        ("@kind", source.Kind.ToString()),
        ("@interval_ms", (long)source.Interval.TotalMilliseconds),
        ("@tags", v.List(source.Tags)),
        ("@title", source.Title),
        ("@max_depth", source.Limits.MaxDepth),
        ("@max_pages_per_run", source.Limits.MaxPagesPerRun),
        ("@include_pattern", source.Limits.IncludePattern),
        ("@exclude_pattern", source.Limits.ExcludePattern),
        ("@created_at", v.Time(source.CreatedAt)),
        ("@status", source.Health.Status.ToString()),
        ("@last_fetch_at", v.Time(source.Health.LastFetchAt)),
        ("@next_run_at", v.Time(source.Health.NextRunAt)),
        ("@consecutive_failures", source.Health.ConsecutiveFailures),
        ("@items_stored", source.Health.ItemsStored),
        ("@error_count", source.Health.ErrorCount),
        ("@last_error", source.Health.LastError),
        ("@paused_reason", source.Health.PausedReason),
    ];

    public static Source Read(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        Url = new Uri(r.Text("url")),
        Kind = r.Enum<SourceKind>("kind"),
        Interval = TimeSpan.FromMilliseconds(r.Int64("interval_ms")),
        Tags = r.List("tags", v),
        Title = r.NullableText("title"),
        Limits = new CrawlLimits(r.Int32("max_depth"), r.Int32("max_pages_per_run"), r.NullableText("include_pattern"), r.NullableText("exclude_pattern")),
        CreatedAt = r.Time("created_at", v),
        Health = new SourceHealth
        {
            Status = r.Enum<SourceStatus>("status"),
            LastFetchAt = r.NullableTime("last_fetch_at", v),
            NextRunAt = r.NullableTime("next_run_at", v),
            ConsecutiveFailures = r.Int32("consecutive_failures"),
            ItemsStored = r.Int64("items_stored"),
            ErrorCount = r.Int64("error_count"),
            LastError = r.NullableText("last_error"),
            PausedReason = r.NullableText("paused_reason"),
        },
    };
}
