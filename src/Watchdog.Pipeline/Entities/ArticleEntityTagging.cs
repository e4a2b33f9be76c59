using Watchdog.Analysis.Entities;
using Watchdog.Core.Articles;
using Watchdog.Core.Entities;

namespace Watchdog.Pipeline.Entities;

/// <summary>The entities of one article, as stored: one row per (kind, key) with its display name and mention count. Pure.</summary>
public static class ArticleEntityTagging
{
    /// <summary>
    /// Bumped whenever the models, the keys or this selection change: articles tagged by an older version count as not
    /// yet tagged and are tagged again in the background (<see cref="EntityBackfillService"/>).
    /// </summary>
    public const int TaggerVersion = 1;

    /// <summary>The start of a long text holds its names; the bound keeps one huge page from dominating the cost.</summary>
    public const int MaxCharsPerArticle = 20_000;

    // The title is its own sentence: the line break keeps its last word from running into the text's first.
    public static IReadOnlyList<ArticleEntity> Of(Article article)
    {
        var text = article.Title + "\n" + article.Text;
        var mentions = EntityExtractor.Extract(text.Length > MaxCharsPerArticle ? text[..MaxCharsPerArticle] : text, article.Language);
        return [.. mentions.GroupBy(m => (m.Kind, m.Key)).Select(g => new ArticleEntity(EntityKindNames.Name(g.Key.Kind), g.Key.Key, NameOf(g.Key.Kind, g), g.Count()))];
    }

    /// <summary>The most frequent written form, base forms first (Токаев over Токаеву), then in text order.</summary>
    public static string NameOf(EntityKind kind, IEnumerable<EntityMention> mentions) =>
        mentions.GroupBy(m => m.Surface, StringComparer.Ordinal)
            .OrderByDescending(s => EntityKeys.IsBaseForm(kind, s.Key)).ThenByDescending(s => s.Count()).First().Key;
}
