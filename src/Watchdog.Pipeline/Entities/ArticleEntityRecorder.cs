using Watchdog.Core.Articles;
using Watchdog.Core.Entities;

namespace Watchdog.Pipeline.Entities;

/// <summary>Tags an article's entities and stores them, replacing what an earlier tagging stored. Idempotent.</summary>
public sealed class ArticleEntityRecorder(IEntityStore store)
{
    public async Task<int> TagAsync(Article article, CancellationToken ct)
    {
        var entities = ArticleEntityTagging.Of(article);
        await store.SaveAsync(article.Id, ArticleEntityTagging.TaggerVersion, entities, ct);
        return entities.Count;
    }
}
