using System.Data.Common;
using Watchdog.Core.Storage;
using Watchdog.Storage.Raw;

namespace Watchdog.Storage.Sql.Rows;

/// <summary>Rows of <c>raw_sightings</c>: one per URL a raw body was fetched from.</summary>
public static class RawRows
{
    public const string SightingColumns = "id, hash, url, content_type, charset, fetched_at, source_id";

    public static (string, object?)[] Parameters(string hash, RawMetadata m, ISqlValues v) =>
    [
        ("@hash", hash), ("@url", m.Url.AbsoluteUri), ("@content_type", m.ContentType), ("@charset", m.Charset),
        ("@fetched_at", v.Time(m.FetchedAt)), ("@source_id", m.SourceId),
    ];

    public static RawRecord Read(DbDataReader r, ISqlValues v) => new(
        r.Text("hash"),
        new RawMetadata(new Uri(r.Text("url")), r.NullableText("content_type"), r.NullableText("charset"),
            r.Time("fetched_at", v), r.Int64("source_id")));
}
