using System.Data.Common;
using Watchdog.Core.Articles;

namespace Watchdog.Storage.Sql.Rows;

/// <summary>An article as a row of <c>articles</c>, the same in both backends.</summary>
public static class ArticleRow
{
    public const string Columns = "id, " + InsertColumns;

    /// <summary>Every column but the generated id.</summary>
    public const string InsertColumns =
        "source_id, url, canonical_url, title, text, html, authors, published_at, modified_at, fetched_at, language, " +
        "site_name, description, image_url, tags, content_hash, raw_hash, platform, social, tone";

    /// <summary>Every column but id, as <c>@column</c> parameters.</summary>
    public const string Values =
        "@source_id, @url, @canonical_url, @title, @text, @html, @authors, @published_at, @modified_at, @fetched_at, @language, " +
        "@site_name, @description, @image_url, @tags, @content_hash, @raw_hash, @platform, @social, @tone";

    public const string Assignments =
        "source_id = @source_id, url = @url, canonical_url = @canonical_url, title = @title, text = @text, html = @html, " +
        "authors = @authors, published_at = @published_at, modified_at = @modified_at, fetched_at = @fetched_at, " +
        "language = @language, site_name = @site_name, description = @description, image_url = @image_url, tags = @tags, " +
        "content_hash = @content_hash, raw_hash = @raw_hash, platform = @platform, social = @social, tone = @tone";

    public static (string, object?)[] Parameters(Article a, ISqlValues v) =>
    [
        ("@id", a.Id),
        ("@source_id", a.SourceId),
        ("@url", a.Url.AbsoluteUri),
        ("@canonical_url", a.CanonicalUrl.AbsoluteUri),
        ("@title", a.Title),
        ("@text", a.Text),
        ("@html", a.Html),
        ("@authors", v.List(a.Authors)),
        ("@published_at", v.Time(a.PublishedAt)),
        ("@modified_at", v.Time(a.ModifiedAt)),
        ("@fetched_at", v.Time(a.FetchedAt)),
        ("@language", a.Language),
        ("@site_name", a.SiteName),
        ("@description", a.Description),
        ("@image_url", a.ImageUrl),
        ("@tags", v.List(a.Tags)),
        ("@content_hash", a.ContentHash),
        ("@raw_hash", a.RawHash),
        ("@platform", a.Social?.Platform),
        ("@social", SocialDetailsJson.Write(a.Social)),
        ("@tone", a.Tone?.Label()),
    ];

    public static Article Read(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        SourceId = r.Int64("source_id"),
        Url = new Uri(r.Text("url")),
        CanonicalUrl = new Uri(r.Text("canonical_url")),
        Title = r.Text("title"),
        Text = r.Text("text"),
        Html = r.NullableText("html"),
        Authors = r.List("authors", v),
        PublishedAt = r.NullableTime("published_at", v),
        ModifiedAt = r.NullableTime("modified_at", v),
        FetchedAt = r.Time("fetched_at", v),
        Language = r.Text("language"),
        SiteName = r.NullableText("site_name"),
        Description = r.NullableText("description"),
        ImageUrl = r.NullableText("image_url"),
        Tags = r.List("tags", v),
        ContentHash = r.Text("content_hash"),
        RawHash = r.NullableText("raw_hash"),
        Social = SocialDetailsJson.Read(r.NullableText("social")),
        Tone = ToneLabels.Parse(r.NullableText("tone")),
    };
}
