using System.Data.Common;
using Watchdog.Core.Stories;
using Watchdog.Storage.Sql.Retention;

namespace Watchdog.Storage.Sql.Stories;

/// <summary>Story memberships and stories in either SQL backend (the SQL is shared).</summary>
public sealed class SqlStoryStore(ISqlDatabase database) : IStoryStore
{
    /// <summary>Ids per IN list: both backends take a few hundred parameters at ease.</summary>
    private const int ChunkSize = 500;

    private const string MembershipColumns = "article_id, story_id, simhash, published_at";
    private const string StoryColumns = "id, label, languages, first_seen, last_seen, size";

    private readonly ISqlValues _v = database.Values;

    public Task<bool> TryLeaseAsync(string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            // No row comes back when the conflict's WHERE refuses the update: someone else holds a lease still running.
            var granted = await connection.ScalarAsync<string>(
                """
                INSERT INTO story_assigner_lease (id, holder, expires_at) VALUES (1, @holder, @until)
                ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE story_assigner_lease.holder = excluded.holder OR story_assigner_lease.expires_at < @now
                RETURNING holder
                """, tx, ct, ("@holder", holder), ("@until", _v.Time(until)), ("@now", _v.Time(now)));
            return granted == holder;
        }, ct);

    public async Task<IReadOnlyList<long>> ListUnassignedAsync(int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id) ORDER BY a.id LIMIT @limit",
            null, r => r.Int64("id"), ct, ("@limit", limit)), ct);

    public Task SaveAsync(IReadOnlyList<StoryMembership> memberships, IReadOnlyList<StoredStory> stories, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            foreach (var story in stories)
            {
                await connection.ExecuteAsync(
                    $"""
                     INSERT INTO stories ({StoryColumns}) VALUES (@id, @label, @languages, @first_seen, @last_seen, @size)
                     ON CONFLICT (id) DO UPDATE SET label = excluded.label, languages = excluded.languages, first_seen = excluded.first_seen,
                         last_seen = excluded.last_seen, size = excluded.size
                     """, tx, ct,
                    ("@id", story.Id), ("@label", _v.List(story.Label)), ("@languages", _v.List(story.Languages)),
                    ("@first_seen", _v.Time(story.FirstSeen)), ("@last_seen", _v.Time(story.LastSeen)), ("@size", story.Size));
            }
            foreach (var membership in memberships)
            {
                await connection.ExecuteAsync(
                    $"""
                     INSERT INTO article_stories ({MembershipColumns})
                     SELECT @article_id, @story_id, @simhash, @published_at WHERE EXISTS (SELECT 1 FROM articles WHERE id = @article_id)
                     ON CONFLICT (article_id) DO NOTHING
                     """, tx, ct,
                    ("@article_id", membership.ArticleId), ("@story_id", membership.StoryId),
                    ("@simhash", unchecked((long)membership.SimHash)), ("@published_at", _v.Time(membership.PublishedAt)));
            }
        }, ct);

    public async Task<IReadOnlyList<StoryMembership>> ListPublishedSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"SELECT {MembershipColumns} FROM article_stories WHERE published_at >= @since ORDER BY article_id", null, ReadMembership, ct,
            ("@since", _v.Time(since))), ct);

    public Task<DateTimeOffset?> NewestPublishedAsync(CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QueryAsync("SELECT MAX(published_at) AS newest FROM article_stories", null,
            r => r.NullableTime("newest", _v), ct)).FirstOrDefault(), ct);

    public Task<int> MaxStoryIdAsync(CancellationToken ct) =>
        database.ReadAsync(async c => (int)(await c.ScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM stories", null, ct)), ct);

    public async Task<IReadOnlyDictionary<long, StoryMembership>> GetMembershipsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        var found = new Dictionary<long, StoryMembership>();
        foreach (var chunk in articleIds.Distinct().Chunk(ChunkSize))
        {
            var ids = SqlInList.Of("a", chunk);
            foreach (var membership in await database.ReadAsync(c => c.QueryAsync(
                         $"SELECT {MembershipColumns} FROM article_stories WHERE article_id IN {ids.Sql}", null, ReadMembership, ct, ids.Parameters), ct))
            {
                found[membership.ArticleId] = membership;
            }
        }
        return found;
    }

    public async Task<IReadOnlyList<StoryMembership>> ListMembersAsync(IReadOnlyCollection<int> storyIds, CancellationToken ct)
    {
        var found = new List<StoryMembership>();
        foreach (var chunk in storyIds.Distinct().Chunk(ChunkSize))
        {
            var ids = SqlInList.Of("s", chunk);
            found.AddRange(await database.ReadAsync(c => c.QueryAsync(
                $"SELECT {MembershipColumns} FROM article_stories WHERE story_id IN {ids.Sql} ORDER BY story_id, article_id", null, ReadMembership, ct,
                ids.Parameters), ct));
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<int, StoredStory>> GetStoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken ct)
    {
        var found = new Dictionary<int, StoredStory>();
        foreach (var chunk in storyIds.Distinct().Chunk(ChunkSize))
        {
            var ids = SqlInList.Of("s", chunk);
            foreach (var story in await database.ReadAsync(c => c.QueryAsync(
                         $"SELECT {StoryColumns} FROM stories WHERE id IN {ids.Sql}", null, ReadStory, ct, ids.Parameters), ct))
            {
                found[story.Id] = story;
            }
        }
        return found;
    }

    private StoryMembership ReadMembership(DbDataReader r) =>
        new(r.Int64("article_id"), r.Int32("story_id"), unchecked((ulong)r.Int64("simhash")), r.Time("published_at", _v));

    private StoredStory ReadStory(DbDataReader r) =>
        new(r.Int32("id"), r.List("label", _v), r.List("languages", _v), r.Time("first_seen", _v), r.Time("last_seen", _v), r.Int32("size"));
}
