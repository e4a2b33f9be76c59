using Watchdog.Analysis.Text;
using Watchdog.Core.Articles;

namespace Watchdog.Watch.Matching;

/// <summary>An article analysed once for matching against any number of queries.</summary>
public sealed class MatchDocument
{
    private MatchDocument(string language, ITermNormalizer normalizer, DocumentField title, DocumentField text, DocumentMetadata metadata)
    {
        Language = language;
        Normalizer = normalizer;
        Title = title;
        Text = text;
        Metadata = metadata;
        Fields = [title, text];
        _titleOnly = [title];
        _textOnly = [text];
    }

    private readonly DocumentField[] _titleOnly;
    private readonly DocumentField[] _textOnly;

    /// <summary>ISO 639-1 code (or "und"); words were normalised for this language.</summary>
    public string Language { get; }
    /// <summary>The normaliser the words went through; query words must go through the same one.</summary>
    public ITermNormalizer Normalizer { get; }
    public DocumentField Title { get; }
    public DocumentField Text { get; }
    public IReadOnlyList<DocumentField> Fields { get; }
    public DocumentMetadata Metadata { get; }

    public DocumentField Field(DocumentFieldName name) => name == DocumentFieldName.Title ? Title : Text;

    /// <summary>The fields a query word with this scope is looked for in (no allocation: this runs per query per article).</summary>
    public IReadOnlyList<DocumentField> FieldsIn(Query.TextField scope) => scope switch
    {
        Query.TextField.Title => _titleOnly,
        Query.TextField.Text => _textOnly,
        _ => Fields,
    };

    public static MatchDocument Create(string title, string text, string language, DocumentMetadata metadata, ITermNormalizer normalizer)
    {
        var lang = string.IsNullOrWhiteSpace(language) ? "und" : language.Trim().ToLowerInvariant();
        var analysed = AnalysedWords.For(normalizer, lang);
        return new MatchDocument(
            lang,
            normalizer,
            new DocumentField(DocumentFieldName.Title, title, analysed),
            new DocumentField(DocumentFieldName.Text, text, analysed),
            metadata);
    }

    public static MatchDocument FromArticle(Article article, ITermNormalizer normalizer) =>
        Create(article.Title, article.Text, article.Language, DocumentMetadata.FromArticle(article), normalizer);
}

/// <summary>What <c>source:</c>, <c>tag:</c> and <c>published:</c> filter on.</summary>
/// <param name="SourceNames">Host of the article's address, site name and source id: any of them matches <c>source:</c>.</param>
public sealed record DocumentMetadata(IReadOnlyList<string> SourceNames, IReadOnlyList<string> Tags, DateTimeOffset? PublishedAt)
{
    public static DocumentMetadata None { get; } = new([], [], null);

    public static DocumentMetadata FromArticle(Article article)
    {
        var names = new List<string> { article.Url.Host, article.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(article.SiteName)) names.Add(article.SiteName);
        return new DocumentMetadata(names, article.Tags, article.PublishedAt ?? article.FetchedAt);
    }
}
