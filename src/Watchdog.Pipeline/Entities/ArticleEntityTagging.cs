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
        return [.. mentions.GroupBy(m => (m.Kind, m.Key)).Select(g => new ArticleEntity(EntityKindNames.Name(g.Key.Kind), g.Key.Key, NameOf(g.Key.Kind, g.Select(m => (m.Surface, 1))), g.Count()))];
    }

    /// <summary>
    /// The name to show: base forms first (Токаев over Токаеву), then the fullest (Madina Serikova over Serikova, which
    /// shares its key), then the most frequent, then in text order. A person written only with a Kazakh case ending shows
    /// without it (Бауыржан Есімовке → Бауыржан Есімов).
    /// </summary>
    public static string NameOf(EntityKind kind, IEnumerable<(string Name, int Count)> forms)
    {
        var best = forms.GroupBy(f => f.Name, StringComparer.Ordinal)
            .OrderByDescending(g => EntityKeys.IsBaseForm(kind, g.Key)).ThenByDescending(g => g.Key.Count(c => c == ' '))
            .ThenByDescending(g => g.Sum(f => f.Count)).First().Key;
        return kind == EntityKind.Person && !EntityKeys.IsBaseForm(kind, best) ? EntityKeys.PersonBaseForm(best) : best;
    }
}
