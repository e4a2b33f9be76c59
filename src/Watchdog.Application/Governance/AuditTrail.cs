using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Governance;

namespace Watchdog.Application.Governance;

/// <summary>
/// Writes what people do to the audit log, the same way from the REST API and the CLI. An entry is written after the
/// change it records has succeeded (a search: before it runs, so a failing search is on record too).
/// </summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider clock, ILogger<AuditTrail> logger)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        // Cyrillic and Kazakh query text stays readable in the log and its API.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <param name="details">An object whose properties explain the action (serialised as one JSON object); never pass secrets.</param>
    /// <remarks>
    /// Takes no cancellation token on purpose: the change it records has already happened, and a client that goes away
    /// (or Ctrl+C) must not leave it off the record.
    /// </remarks>
    public async Task<AuditEntry> RecordAsync(string actor, string action, string? target, object? details)
    {
        var entry = await log.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details, DetailsJson),
        }, CancellationToken.None);
        logger.LogDebug("Audit {Id}: {Actor} {Action} {Target}", entry.Id, actor, action, target);
        return entry;
    }
}
