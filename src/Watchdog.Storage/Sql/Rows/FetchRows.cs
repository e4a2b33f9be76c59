using System.Data.Common;
using Watchdog.Core.Fetching;
using Watchdog.Core.Storage;

namespace Watchdog.Storage.Sql.Rows;

/// <summary>Rows of <c>url_state</c> and <c>fetch_log</c>, the same in both backends.</summary>
public static class FetchRows
{
    public const string UrlStateColumns = "url, etag, last_modified, content_hash, last_fetched_at, last_status";
    public const string UrlStateValues = "@url, @etag, @last_modified, @content_hash, @last_fetched_at, @last_status";

    public const string LogColumns = "source_id, url, outcome, status_code, elapsed_ms, at, error";
    public const string LogValues = "@source_id, @url, @outcome, @status_code, @elapsed_ms, @at, @error";

    public static (string, object?)[] Parameters(UrlState s, ISqlValues v) =>
    [
        ("@url", s.Url.AbsoluteUri), ("@etag", s.ETag), ("@last_modified", v.Time(s.LastModified)),
        ("@content_hash", s.ContentHash), ("@last_fetched_at", v.Time(s.LastFetchedAt)), ("@last_status", s.LastStatus),
    ];

    public static UrlState ReadUrlState(DbDataReader r, ISqlValues v) => new(
        new Uri(r.Text("url")), r.NullableText("etag"), r.NullableTime("last_modified", v), r.NullableText("content_hash"),
        r.Time("last_fetched_at", v), r.Int32("last_status"));

    public static (string, object?)[] Parameters(FetchLogEntry e, ISqlValues v) =>
    [
        ("@source_id", e.SourceId), ("@url", e.Url.AbsoluteUri), ("@outcome", e.Outcome.ToString()),
        ("@status_code", e.StatusCode), ("@elapsed_ms", (long)e.Elapsed.TotalMilliseconds), ("@at", v.Time(e.At)), ("@error", e.Error),
    ];

    public static FetchLogEntry ReadLogEntry(DbDataReader r, ISqlValues v) => new(
        r.Int64("source_id"), new Uri(r.Text("url")), r.Enum<FetchOutcome>("outcome"), r.Int32("status_code"),
        TimeSpan.FromMilliseconds(r.Int64("elapsed_ms")), r.Time("at", v), r.NullableText("error"));
}
