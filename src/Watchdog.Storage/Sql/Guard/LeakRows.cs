using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Watchdog.Core.Guard;

namespace Watchdog.Storage.Sql.Guard;

/// <summary>Rows of the leak-watch tables, the same in both backends; spans are kept as JSON text.</summary>
public static class LeakRows
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string DocumentColumns = "id, name, fingerprint, fingerprint_count, created_at";

    /// <summary>A finding with its document's current name; <c>f</c> is leak_findings, <c>d</c> leak_documents.</summary>
    public const string FindingColumns =
        "f.id, f.document_id, d.name AS document_name, f.article_id, f.article_title, f.article_url, f.matched_fingerprints, " +
        "f.coverage, f.spans, f.excerpt, f.found_at";

    public static (string, object?)[] Parameters(LeakDocumentRecord d, ISqlValues v) =>
    [
        ("@id", d.Id), ("@name", d.Name), ("@fingerprint", d.Fingerprint), ("@fingerprint_count", d.FingerprintCount),
        ("@created_at", v.Time(d.CreatedAt)),
    ];

    public static LeakDocumentRecord ReadDocument(DbDataReader r, ISqlValues v) => new(
        r.Text("id"),
        r.Text("name"),
        r.GetFieldValue<byte[]>(r.GetOrdinal("fingerprint")),
        r.Int32("fingerprint_count"),
        r.Time("created_at", v));

    public static (string, object?)[] Parameters(LeakFinding f, ISqlValues v) =>
    [
        ("@document_id", f.DocumentId), ("@article_id", f.ArticleId), ("@article_title", f.ArticleTitle), ("@article_url", f.ArticleUrl.AbsoluteUri),
        ("@matched_fingerprints", f.MatchedFingerprints), ("@coverage", f.Coverage), ("@spans", JsonSerializer.Serialize(f.Spans, Json)),
        ("@excerpt", f.Excerpt), ("@found_at", v.Time(f.FoundAt)),
    ];

    public static LeakFinding ReadFinding(DbDataReader r, ISqlValues v) => new(
        r.Int64("id"),
        r.Text("document_id"),
        r.Text("document_name"),
        r.Int64("article_id"),
        r.Text("article_title"),
        new Uri(r.Text("article_url")),
        r.Int32("matched_fingerprints"),
        Convert.ToDouble(r.GetValue(r.GetOrdinal("coverage")), CultureInfo.InvariantCulture),
        JsonSerializer.Deserialize<LeakSpan[]>(r.Text("spans"), Json) ?? throw new InvalidDataException("Column spans holds JSON null."),
        r.Text("excerpt"),
        r.Time("found_at", v));
}
