using Watchdog.Analysis.Entities;
using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Query;

namespace Watchdog.Web.Api.Validation;

/// <summary>The query-string parameters of <c>GET /api/entities</c>: a search's filters and period, a kind, a limit.</summary>
/// <param name="Kind">person, organization or location; none: every kind.</param>
/// <param name="Limit">Most entities returned of each kind (1–100, default 30).</param>
public sealed record EntityParameters(string? Q, string? Lang, long? Source, string? From, string? To, string? Kind, int? Limit);

/// <summary>A validated entities request: the search (From and To set), the kind asked for (null: all) and the limit per kind.</summary>
public sealed record EntityQuery(SearchRequest Search, EntityKind? Kind, int Limit);

public static class EntityRequestValidation
{
    public const int DefaultLimit = 30;
    public const int MaxLimit = 100;

    /// <summary>
    /// Validates the search and period exactly as <see cref="TrendRequestValidation"/> does for bucket=day (default: the
    /// last 30 days), then the kind and the limit.
    /// </summary>
    public static async Task<(Validated<EntityQuery> Result, QueryParseException? QueryError)> ValidateAsync(
        EntityParameters p, IWatchStore watch, DateTimeOffset now, CancellationToken ct, TimeZoneInfo? zone = null)
    {
        var (period, queryError) = await TrendRequestValidation.ValidateAsync(new TrendParameters(p.Q, p.Lang, p.Source, p.From, p.To, Bucket: null), watch, now, ct, zone);
        var errors = period.Errors;
        var kind = ParseKind(p.Kind, errors, out var kindValid);
        var limit = p.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit) errors.Add("limit", $"limit must be between 1 and {MaxLimit}.");
        if (!period.IsValid || !kindValid || errors.Any) return (new Validated<EntityQuery>(null, errors), queryError);
        return (new Validated<EntityQuery>(new EntityQuery(period.Value!.Search, kind, limit), errors), null);
    }

    /// <summary>The kind as the API names it: person, organization, location.</summary>
    public static string Name(EntityKind kind) => EntityKindNames.Name(kind);

    private static EntityKind? ParseKind(string? text, ValidationErrors errors, out bool valid)
    {
        valid = true;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (EntityKindNames.TryParse(text, out var kind)) return kind;
        valid = false;
        errors.Add("kind", $"'{text}' is not a kind; use {EntityKindNames.Help}.");
        return null;
    }
}
