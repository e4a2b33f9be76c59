using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Watchdog.Core.Watching;

namespace Watchdog.Storage.Sql.Watching;

/// <summary>Rows of the watching tables, the same in both backends; nested data is kept as JSON text.</summary>
public static class WatchRows
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public const string WatchlistColumns = "id, name, entries, updated_at";
    public const string QueryColumns = "id, name, query_text, enabled, rule, created_at";
    public const string AlertColumns = "id, query_id, article_id, story_key, created_at, title, url, passages, is_read, related_article_ids";
    public const string DeliveryColumns =
        "id, alert_id, query_id, channel, address, status, attempts, next_attempt_at, created_at, delivered_at, last_error";

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T FromJson<T>(DbDataReader r, string column) =>
        JsonSerializer.Deserialize<T>(r.Text(column), Json) ?? throw new InvalidDataException($"Column {column} holds JSON null.");

    public static string NameKey(string name) => name.Trim().ToLowerInvariant();

    public static Watchlist ReadWatchlist(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        Name = r.Text("name"),
        Entries = FromJson<WatchlistEntry[]>(r, "entries"),
        UpdatedAt = r.Time("updated_at", v),
    };

    public static StandingQuery ReadQuery(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        Name = r.Text("name"),
        QueryText = r.Text("query_text"),
        Enabled = Convert.ToBoolean(r.GetValue(r.GetOrdinal("enabled")), CultureInfo.InvariantCulture),
        Rule = FromJson<AlertRule>(r, "rule"),
        CreatedAt = r.Time("created_at", v),
    };

    public static (string, object?)[] Parameters(Alert a, ISqlValues v) =>
    [
        ("@query_id", a.QueryId), ("@article_id", a.ArticleId), ("@story_key", a.StoryKey), ("@created_at", v.Time(a.CreatedAt)),
        ("@title", a.Title), ("@url", a.Url.AbsoluteUri), ("@passages", ToJson(a.Passages)), ("@is_read", a.Read),
        ("@related_article_ids", ToJson(a.RelatedArticleIds)),
    ];

    public static Alert ReadAlert(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        QueryId = r.Int64("query_id"),
        ArticleId = r.Int64("article_id"),
        StoryKey = r.Text("story_key"),
        CreatedAt = r.Time("created_at", v),
        Title = r.Text("title"),
        Url = new Uri(r.Text("url")),
        Passages = FromJson<AlertPassage[]>(r, "passages"),
        Read = Convert.ToBoolean(r.GetValue(r.GetOrdinal("is_read")), CultureInfo.InvariantCulture),
        RelatedArticleIds = FromJson<long[]>(r, "related_article_ids"),
    };

    public static (string, object?)[] Parameters(AlertDelivery d, ISqlValues v) =>
    [
        ("@id", d.Id), ("@alert_id", d.AlertId), ("@query_id", d.QueryId), ("@channel", d.Channel.ToString()), ("@address", d.Address),
        ("@status", d.Status.ToString()), ("@attempts", d.Attempts), ("@next_attempt_at", v.Time(d.NextAttemptAt)),
        ("@created_at", v.Time(d.CreatedAt)), ("@delivered_at", v.Time(d.DeliveredAt)), ("@last_error", d.LastError),
    ];

    public static AlertDelivery ReadDelivery(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        AlertId = r.Int64("alert_id"),
        QueryId = r.Int64("query_id"),
        Channel = r.Enum<DeliveryChannel>("channel"),
        Address = r.Text("address"),
        Status = r.Enum<DeliveryStatus>("status"),
        Attempts = r.Int32("attempts"),
        NextAttemptAt = r.Time("next_attempt_at", v),
        CreatedAt = r.Time("created_at", v),
        DeliveredAt = r.NullableTime("delivered_at", v),
        LastError = r.NullableText("last_error"),
    };
}
