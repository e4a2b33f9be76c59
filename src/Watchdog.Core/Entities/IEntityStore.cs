namespace Watchdog.Core.Entities;

/// <summary>
/// The entities tagged in each article, kept so that counts over a period read every matching article's keys instead
/// of tagging texts on request. An article tagged by an older tagger version counts as not yet tagged until it is
/// tagged again.
/// </summary>
public interface IEntityStore
{
    /// <summary>Replaces the article's entities and records it as tagged by <paramref name="taggerVersion"/>; an article deleted meanwhile is skipped.</summary>
    Task SaveAsync(long articleId, int taggerVersion, IReadOnlyList<ArticleEntity> entities, CancellationToken ct);

    /// <summary>The entities of those of <paramref name="articleIds"/> tagged by <paramref name="taggerVersion"/>; the others are left out.</summary>
    Task<IReadOnlyList<TaggedArticle>> GetAsync(IReadOnlyList<long> articleIds, int taggerVersion, CancellationToken ct);

    /// <summary>Articles not tagged by <paramref name="taggerVersion"/> (never tagged, or by another version), newest first.</summary>
    Task<IReadOnlyList<long>> ListUntaggedAsync(int taggerVersion, int limit, CancellationToken ct);
}
