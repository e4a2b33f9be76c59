using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Tones;
using Watchdog.Core.Articles;
using Watchdog.Core.Sources;

namespace Watchdog.Pipeline.Stages.Articles;

/// <summary>Where an article came from: its source (and the tags it passes on), the page, when it was fetched, and its raw body.</summary>
public sealed record ArticleOrigin(long SourceId, IReadOnlyList<string> Tags, Uri Url, DateTimeOffset FetchedAt, string? RawHash)
{
    public static ArticleOrigin Of(Source source, Uri url, DateTimeOffset fetchedAt, string? rawHash) =>
        new(source.Id, source.Tags, url, fetchedAt, rawHash);
}

/// <summary>Turns what the extractor (or a feed) said about a page into the article to store. Pure.</summary>
public static class ArticleComposer
{
    public const string UndeterminedLanguage = "und";

    /// <summary>
    /// Feed summaries are often one teaser sentence; below this length the feed item is not worth storing on its own
    /// (the page was unreachable, and an article that is only a headline would pollute search).
    /// </summary>
    public const int MinFeedTextLength = 80;

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>An article from an extracted page; feed item fields fill what the page lacked (title, date, authors).</summary>
    public static Article FromPage(ExtractedArticle page, ArticleOrigin origin, FeedItemContent? feedItem) =>
        WithTone(UntonedFromPage(page, origin, feedItem, ChooseLanguage(page.Text, page.LanguageHint)));

    /// <summary>
    /// <see cref="FromPage"/> in a language already chosen and without its tone yet, for a caller that times language
    /// identification and tone apart (<see cref="WithTone"/> completes it).
    /// </summary>
    public static Article UntonedFromPage(ExtractedArticle page, ArticleOrigin origin, FeedItemContent? feedItem, string language)
    {
        var text = page.Text;
        return new Article
        {
            SourceId = origin.SourceId,
            Url = origin.Url,
            CanonicalUrl = page.CanonicalUrl ?? origin.Url,
            Title = FirstText(page.Title, feedItem?.Title) ?? origin.Url.AbsoluteUri,
            Text = text,
            Html = page.Html,
            Authors = page.Authors.Count > 0 ? page.Authors : feedItem?.Authors ?? [],
            PublishedAt = page.PublishedAt ?? feedItem?.Published,
            ModifiedAt = page.ModifiedAt ?? feedItem?.Updated,
            FetchedAt = origin.FetchedAt,
            Language = language,
            SiteName = page.SiteName,
            Description = page.Description,
            ImageUrl = page.ImageUrl,
            Tags = origin.Tags,
            ContentHash = ContentHash(text),
            RawHash = origin.RawHash,
        };
    }

    /// <summary>An article from the feed item alone, for a page that could not be fetched or had no text.</summary>
    /// <returns>null when the feed item carries too little text to stand as an article.</returns>
    public static Article? FromFeedItem(FeedItemContent item, ArticleOrigin origin)
    {
        var html = FirstText(item.Content, item.Summary);
        var text = html is null ? "" : HtmlToText(html);
        if (text.Length < MinFeedTextLength) return null;
        return WithTone(new Article
        {
            SourceId = origin.SourceId,
            Url = origin.Url,
            CanonicalUrl = origin.Url,
            Title = FirstText(item.Title) ?? origin.Url.AbsoluteUri,
            Text = text,
            Html = html,
            Authors = item.Authors,
            PublishedAt = item.Published,
            ModifiedAt = item.Updated,
            FetchedAt = origin.FetchedAt,
            Language = ChooseLanguage(text, hint: null),
            Tags = origin.Tags,
            ContentHash = ContentHash(text),
            RawHash = origin.RawHash,
        });
    }

    /// <summary>The article with its tone (<see cref="ArticleTone"/>; null in a language without a tone model).</summary>
    public static Article WithTone(Article article) =>
        article with { Tone = ArticleTone.Of(article.Title, article.Text, article.Language, ToneClassifier.Default) };

    /// <summary>The detected language of the text; the page's declared language only when detection is unsure.</summary>
    public static string ChooseLanguage(string text, string? hint)
    {
        var detected = LanguageDetector.Default.Detect(text);
        if (detected != UndeterminedLanguage) return detected;
        // "ru-RU", "kk_KZ", "EN" → the ISO 639-1 part.
        var primary = hint?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary is { Length: 2 } && primary.All(char.IsAsciiLetterLower) ? primary : UndeterminedLanguage;
    }

    /// <summary>
    /// SHA-256 of the text with case and whitespace normalised (lower-cased invariantly, runs of white space as one
    /// space, none at the ends), so the same article served twice hashes the same.
    /// </summary>
    /// <remarks>
    /// Built in pooled buffers: splitting, joining, lower-casing and encoding a real article's text made four copies of
    /// it per article. Lower-casing before collapsing white space gives the same characters as after, since no
    /// character lower-cases to or from white space.
    /// </remarks>
    public static string ContentHash(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(text.Length)));
        try
        {
            text.AsSpan().ToLowerInvariant(chars);
            var length = CollapseWhiteSpace(chars.AsSpan(0, text.Length));
            var byteCount = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, byteCount), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>In place, as <c>string.Join(' ', text.Split(null, RemoveEmptyEntries))</c> would: returns the new length.</summary>
    private static int CollapseWhiteSpace(Span<char> text)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) text[length++] = ' ';
            pendingSpace = false;
            text[length++] = c;
        }
        return length;
    }

    private static string HtmlToText(string html)
    {
        var document = Parser.Value!.ParseDocument($"<body>{html}</body>");
        var text = document.Body?.TextContent ?? "";
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? FirstText(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
}
