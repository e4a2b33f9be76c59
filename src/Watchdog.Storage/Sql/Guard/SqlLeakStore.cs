using System.Data.Common;
using Watchdog.Core.Guard;

namespace Watchdog.Storage.Sql.Guard;

/// <summary>Confidential-document fingerprints and leak findings in either SQL backend (the SQL is shared).</summary>
public sealed class SqlLeakStore(ISqlDatabase database) : ILeakStore
{
    private readonly ISqlValues _v = database.Values;

    public Task<LeakDocumentRecord> SaveDocumentAsync(LeakDocumentRecord document, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Name);
        var stored = document with { CreatedAt = document.CreatedAt == default ? database.Clock.GetUtcNow() : document.CreatedAt };
        return database.WriteAsync(async (connection, tx) =>
        {
            await BumpRevisionAsync(connection, tx, ct);
            // The same text registered again keeps its first registration time and its findings.
            return await connection.QuerySingleAsync(
                $"""
                 INSERT INTO leak_documents ({LeakRows.DocumentColumns})
                 VALUES (@id, @name, @fingerprint, @fingerprint_count, @created_at)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, fingerprint = excluded.fingerprint, fingerprint_count = excluded.fingerprint_count
                 RETURNING {LeakRows.DocumentColumns}
                 """, tx, r => LeakRows.ReadDocument(r, _v), ct, LeakRows.Parameters(stored, _v))
                ?? throw new InvalidOperationException($"Leak document {stored.Id} was not stored.");
        }, ct);
    }

    public Task<LeakDocumentRecord?> GetDocumentAsync(string id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {LeakRows.DocumentColumns} FROM leak_documents WHERE id = @id", null,
            r => LeakRows.ReadDocument(r, _v), ct, ("@id", id)), ct);

    public async Task<IReadOnlyList<LeakDocumentRecord>> ListDocumentsAsync(CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {LeakRows.DocumentColumns} FROM leak_documents ORDER BY name, id", null,
            r => LeakRows.ReadDocument(r, _v), ct), ct);

    public Task<bool> RemoveDocumentAsync(string id, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            // Explicitly rather than only by the cascade, so findings go even where foreign keys are not enforced.
            await connection.ExecuteAsync("DELETE FROM leak_findings WHERE document_id = @id", tx, ct, ("@id", id));
            if (await connection.ExecuteAsync("DELETE FROM leak_documents WHERE id = @id", tx, ct, ("@id", id)) == 0) return false;
            await BumpRevisionAsync(connection, tx, ct);
            return true;
        }, ct);

    public Task<long> GetRevisionAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<long>("SELECT COALESCE(MAX(value), 0) FROM leak_revision", null, ct), ct);

    public async Task<IReadOnlyList<LeakFinding>> AddFindingsAsync(IReadOnlyList<LeakFinding> findings, CancellationToken ct)
    {
        if (findings.Count == 0) return [];
        return await database.WriteAsync(async (connection, tx) =>
        {
            var added = new List<LeakFinding>();
            foreach (var finding in findings)
            {
                // Nothing when the pair is already recorded, or the document or article went meanwhile.
                var id = await connection.ScalarAsync<long>(
                    """
                    INSERT INTO leak_findings (document_id, article_id, article_title, article_url, matched_fingerprints, coverage, spans, excerpt, found_at)
                    SELECT @document_id, @article_id, @article_title, @article_url, @matched_fingerprints, @coverage, @spans, @excerpt, @found_at
                    WHERE EXISTS (SELECT 1 FROM leak_documents WHERE id = @document_id) AND EXISTS (SELECT 1 FROM articles WHERE id = @article_id)
                    ON CONFLICT (document_id, article_id) DO NOTHING
                    RETURNING id
                    """, tx, ct, LeakRows.Parameters(finding, _v));
                if (id == 0) continue;
                var name = await connection.ScalarAsync<string>("SELECT name FROM leak_documents WHERE id = @id", tx, ct, ("@id", finding.DocumentId));
                added.Add(finding with { Id = id, DocumentName = name ?? finding.DocumentName });
            }
            return added;
        }, ct);
    }

    public async Task<IReadOnlyList<LeakFinding>> ListFindingsAsync(string? documentId, int limit, DateTimeOffset? since, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var conditions = new List<string>();
        var parameters = new List<(string, object?)> { ("@limit", limit) };
        // Conditions are added only when given: PostgreSQL cannot type a NULL parameter in "@p IS NULL".
        if (documentId is not null)
        {
            conditions.Add("f.document_id = @document_id");
            parameters.Add(("@document_id", documentId));
        }
        if (since is { } from)
        {
            conditions.Add("f.found_at >= @since");
            parameters.Add(("@since", _v.Time(from)));
        }
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        return await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {LeakRows.FindingColumns} FROM leak_findings f JOIN leak_documents d ON d.id = f.document_id
             {where} ORDER BY f.found_at DESC, f.id DESC LIMIT @limit
             """, null, r => LeakRows.ReadFinding(r, _v), ct, [.. parameters]), ct);
    }

    /// <summary>In the same transaction as the change, so a reader never sees the change without the new revision.</summary>
    private static Task BumpRevisionAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        connection.ExecuteAsync(
            "INSERT INTO leak_revision (id, value) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET value = leak_revision.value + 1", tx, ct);
}
