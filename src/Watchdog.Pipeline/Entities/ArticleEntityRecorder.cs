using Watchdog.Core.Articles;
using Watchdog.Core.Entities;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Pipeline.Entities;

/// <summary>Tags an article's entities and stores them, replacing what an earlier tagging stored. Idempotent.</summary>
public sealed class ArticleEntityRecorder(IEntityStore store, PipelineMetrics metrics)
{
    public async Task<int> TagAsync(Article article, CancellationToken ct)
    {
        IReadOnlyList<ArticleEntity> entities;
        using (metrics.Stages.Measure(PipelineStages.AnalysisEntities))
        {
            entities = ArticleEntityTagging.Of(article);
        }
        using var storing = metrics.Stages.Measure(PipelineStages.Store);
        await store.SaveAsync(article.Id, ArticleEntityTagging.TaggerVersion, entities, ct);
        return entities.Count;
    }
}
