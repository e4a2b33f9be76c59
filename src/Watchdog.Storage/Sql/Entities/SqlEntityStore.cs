using Watchdog.Core.Entities;
using Watchdog.Storage.Sql.Retention;

namespace Watchdog.Storage.Sql.Entities;

/// <summary>Entities per article in either SQL backend (the SQL is shared).</summary>
public sealed class SqlEntityStore(ISqlDatabase database) : IEntityStore
{
    /// <summary>Ids per IN list: both backends take a few hundred parameters comfortably.</summary>
    private const int IdsPerQuery = 500;

    public Task SaveAsync(long articleId, int taggerVersion, IReadOnlyList<ArticleEntity> entities, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync("DELETE FROM article_entities WHERE article_id = @id", tx, ct, ("@id", articleId));
            // Nothing when the article went meanwhile (retention): the foreign key would refuse the rows.
            var tagged = await connection.ExecuteAsync(
                """
                INSERT INTO entity_tagging (article_id, tagger_version) SELECT @id, @version WHERE EXISTS (SELECT 1 FROM articles WHERE id = @id)
                ON CONFLICT (article_id) DO UPDATE SET tagger_version = excluded.tagger_version
                """, tx, ct, ("@id", articleId), ("@version", taggerVersion));
            if (tagged == 0) return;
            foreach (var entity in entities)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO article_entities (article_id, kind, key, name, mentions) VALUES (@id, @kind, @key, @name, @mentions)",
                    tx, ct, ("@id", articleId), ("@kind", entity.Kind), ("@key", entity.Key), ("@name", entity.Name), ("@mentions", entity.Mentions));
            }
        }, ct);

    public async Task<IReadOnlyList<TaggedArticle>> GetAsync(IReadOnlyList<long> articleIds, int taggerVersion, CancellationToken ct)
    {
        var tagged = new List<TaggedArticle>();
        foreach (var chunk in articleIds.Distinct().Chunk(IdsPerQuery))
        {
            var ids = SqlInList.Of("a", chunk);
            var rows = await database.ReadAsync(async c =>
            {
                var taggedIds = await c.QueryAsync($"SELECT article_id FROM entity_tagging WHERE tagger_version = @version AND article_id IN {ids.Sql}",
                    null, r => r.Int64("article_id"), ct, [.. ids.Parameters, ("@version", taggerVersion)]);
                var entities = await c.QueryAsync($"SELECT article_id, kind, key, name, mentions FROM article_entities WHERE article_id IN {ids.Sql}",
                    null, r => (Id: r.Int64("article_id"), Entity: new ArticleEntity(r.Text("kind"), r.Text("key"), r.Text("name"), r.Int32("mentions"))),
                    ct, ids.Parameters);
                return (taggedIds, entities);
            }, ct);
            var byArticle = rows.entities.ToLookup(e => e.Id, e => e.Entity);
            tagged.AddRange(rows.taggedIds.Select(id => new TaggedArticle(id, [.. byArticle[id]])));
        }
        return tagged;
    }

    public async Task<IReadOnlyList<long>> ListUntaggedAsync(int taggerVersion, int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            """
            SELECT a.id FROM articles a LEFT JOIN entity_tagging t ON t.article_id = a.id
            WHERE t.article_id IS NULL OR t.tagger_version <> @version ORDER BY a.id DESC LIMIT @limit
            """, null, r => r.Int64("id"), ct, ("@version", taggerVersion), ("@limit", limit)), ct);
}
