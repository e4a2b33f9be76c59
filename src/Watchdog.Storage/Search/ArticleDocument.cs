using System.Globalization;
using Lucene.Net.Documents;
using Watchdog.Core.Articles;

namespace Watchdog.Storage.Search;

/// <summary>Maps an article to the Lucene document that indexes it.</summary>
internal static class ArticleDocument
{
    /// <summary>
    /// Bump whenever the fields an article is indexed with change, so that indexes built before are rebuilt
    /// (see <see cref="IndexBuild"/>). 2: <see cref="ArticleFields.SourceNames"/> for <c>source:</c>. 3: term vectors
    /// with positions and offsets on title and text, for highlighting without re-analysing.
    /// </summary>
    public const int LayoutVersion = 3;

    /// <summary>
    /// Title and text: stored, and with term vectors carrying positions and offsets, so highlighting rebuilds a hit's
    /// tokens from the index instead of running the language analyzer over the whole text again (the main cost of a
    /// search with hits). Costs index size; see the README's search benchmark.
    /// </summary>
    private static readonly FieldType HighlightedText = CreateHighlightedText();

    private static FieldType CreateHighlightedText()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }

    public static string IdTerm(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static Document From(Article article)
    {
        var language = ArticleFields.LanguageKey(article.Language);
        var date = (article.PublishedAt ?? article.FetchedAt).ToUnixTimeMilliseconds();
        var document = new Document
        {
            new StringField(ArticleFields.Id, IdTerm(article.Id), Field.Store.YES),
            new StringField(ArticleFields.Source, article.SourceId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(ArticleFields.Language, article.Language.ToLowerInvariant(), Field.Store.YES),
            new StringField(ArticleFields.Url, article.Url.AbsoluteUri, Field.Store.YES),
            new Int64Field(ArticleFields.Date, date, Field.Store.NO),
            new NumericDocValuesField(ArticleFields.DateSort, date),
            // Stored for highlighting: snippets come from the index alone, without a trip to the database.
            new Field(ArticleFields.TitleFor(language), article.Title, HighlightedText),
            new Field(ArticleFields.TextFor(language), article.Text, HighlightedText),
        };
        if (article.PublishedAt is { } published) document.Add(new StoredField(ArticleFields.PublishedAt, published.ToUnixTimeMilliseconds()));
        // No layout bump for the tone field: an index built before lacks it only for articles that have no tone either.
        if (article.Tone is { } tone) document.Add(new StringField(ArticleFields.Tone, tone.Label(), Field.Store.NO));
        foreach (var tag in article.Tags) document.Add(new StringField(ArticleFields.Tags, tag.Trim().ToLowerInvariant(), Field.Store.NO));
        foreach (var name in ArticleSourceNames.Of(article)) document.Add(new StringField(ArticleFields.SourceNames, name, Field.Store.NO));
        return document;
    }
}
