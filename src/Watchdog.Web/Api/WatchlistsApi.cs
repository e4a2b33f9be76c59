using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Watching;
using Watchdog.Watch.Watchlists.Import;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/watchlists</c>: named lists of people, organisations, places and terms that queries use as <c>@name</c>.</summary>
public static class WatchlistsApi
{
    private const string CannotSaveTitle = "The watchlist cannot be saved.";

    /// <summary>An import body is held in memory while parsed; a few MB is tens of thousands of entries.</summary>
    public const int MaxImportBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapWatchlistsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/watchlists").WithTags("Watchlists");
        api.MapGet("/", ListWatchlistsAsync).WithName("ListWatchlists").WithSummary("List watchlists");
        api.MapGet("/{id:long}", GetWatchlistAsync).WithName("GetWatchlist").WithSummary("Get a watchlist with its entries");
        api.MapPost("/", CreateWatchlistAsync).WithName("CreateWatchlist").WithSummary("Create a watchlist")
            .WithDescription("Creates a named list of entries (text, kind person|organisation|place|term, aliases, language, sourceTag, contextQuery). Names are unique, case-insensitively; 409 when taken.");
        api.MapPut("/{id:long}", ReplaceWatchlistAsync).WithName("ReplaceWatchlist").WithSummary("Replace a watchlist")
            .WithDescription("Replaces the name and every entry of the list.");
        api.MapDelete("/{id:long}", RemoveWatchlistAsync).WithName("RemoveWatchlist").WithSummary("Remove a watchlist")
            .WithDescription("Queries that still refer to it stop matching until it is created again; the watch stage reports them as invalid.");
        api.MapPost("/{id:long}/import", ImportEntriesAsync).WithName("ImportWatchlistEntries").WithSummary("Import entries from CSV or YAML")
            .WithDescription("The body is a CSV file (header text,kind,aliases,language,source_tag,context_query; only text is required) or a YAML list of entries with the same keys. format=csv|yaml, or taken from the Content-Type. Good rows are appended (replace=true replaces all entries); every bad row is reported with its line number.")
            .Accepts<string>("text/csv", "application/yaml", "text/plain");
        return api;
    }

    public static async Task<Ok<List<WatchlistView>>> ListWatchlistsAsync(IWatchStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListWatchlistsAsync(ct)).Select(WatchlistView.From).ToList());

    public static async Task<Results<Ok<WatchlistView>, NotFound>> GetWatchlistAsync(long id, IWatchStore store, CancellationToken ct) =>
        await store.GetWatchlistAsync(id, ct) is { } list ? TypedResults.Ok(WatchlistView.From(list)) : TypedResults.NotFound();

    public static async Task<Results<Created<WatchlistView>, ValidationProblem, ProblemHttpResult>> CreateWatchlistAsync(
        WatchlistRequest request, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var validated = WatchlistRequestValidation.Validate(request);
        if (!validated.IsValid) return TypedResults.ValidationProblem(validated.Errors.ToDictionary(), title: CannotSaveTitle);
        if (await store.FindWatchlistAsync(validated.Value!.Name, ct) is not null) return NameTaken(validated.Value.Name);
        var saved = await store.SaveWatchlistAsync(validated.Value, ct);
        freshness.Invalidate();
        await audit.RecordAsync(http, AuditActions.WatchlistCreate, AuditDetails.Target(saved), AuditDetails.Of(saved));
        return TypedResults.Created($"/api/watchlists/{saved.Id}", WatchlistView.From(saved));
    }

    public static async Task<Results<Ok<WatchlistView>, NotFound, ValidationProblem, ProblemHttpResult>> ReplaceWatchlistAsync(
        long id, WatchlistRequest request, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var validated = WatchlistRequestValidation.Validate(request);
        if (!validated.IsValid) return TypedResults.ValidationProblem(validated.Errors.ToDictionary(), title: CannotSaveTitle);
        if (await store.GetWatchlistAsync(id, ct) is null) return TypedResults.NotFound();
        if (await store.FindWatchlistAsync(validated.Value!.Name, ct) is { } other && other.Id != id) return NameTaken(validated.Value.Name);
        var saved = await store.SaveWatchlistAsync(validated.Value with { Id = id, UpdatedAt = default }, ct);
        freshness.Invalidate();
        await audit.RecordAsync(http, AuditActions.WatchlistUpdate, AuditDetails.Target(saved), AuditDetails.Of(saved));
        return TypedResults.Ok(WatchlistView.From(saved));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveWatchlistAsync(
        long id, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var existing = await store.GetWatchlistAsync(id, ct);
        if (existing is null || !await store.RemoveWatchlistAsync(id, ct)) return TypedResults.NotFound();
        freshness.Invalidate();
        await audit.RecordAsync(http, AuditActions.WatchlistDelete, AuditDetails.Target(existing), AuditDetails.Of(existing));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<WatchlistImportResponse>, NotFound, ValidationProblem>> ImportEntriesAsync(
        long id, HttpRequest http, IWatchStore store, CompiledQueriesFreshness freshness, AuditTrail audit, CancellationToken ct, string? format = null, bool replace = false)
    {
        var kind = ImportFormat(format, http.ContentType);
        if (kind is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["format"] = [$"Say format=csv or format=yaml, or send Content-Type text/csv or application/yaml (got '{format ?? http.ContentType}')."],
            }, title: "The file cannot be imported.");
        }
        if (await store.GetWatchlistAsync(id, ct) is not { } list) return TypedResults.NotFound();
        if (http.ContentLength > MaxImportBytes) return TooLarge();

        var body = await ReadBodyAsync(http, ct);
        if (body is null) return TooLarge();
        using var reader = new StringReader(body);
        var result = kind == "csv" ? WatchlistCsvImporter.Import(reader) : WatchlistYamlImporter.Import(reader);
        var entries = replace ? result.Entries : list.Entries.Concat(result.Entries).ToList();
        var saved = await store.SaveWatchlistAsync(list with { Entries = entries, UpdatedAt = default }, ct);
        freshness.Invalidate();
        await audit.RecordAsync(http.HttpContext, AuditActions.WatchlistImport, AuditDetails.Target(saved),
            new { imported = result.Entries.Count, rejected = result.Errors.Count, replace, entries = saved.Entries.Count });
        var errors = result.Errors.Select(e => new ImportRowErrorView(e.Row, e.Reason)).ToList();
        return TypedResults.Ok(new WatchlistImportResponse(result.Entries.Count, errors, WatchlistView.From(saved)));
    }

    /// <returns>"csv", "yaml", or null when neither the parameter nor the content type says.</returns>
    private static string? ImportFormat(string? format, string? contentType)
    {
        var said = (format ?? contentType ?? "").Trim().ToLowerInvariant();
        if (said is "csv" || said.StartsWith("text/csv", StringComparison.Ordinal)) return "csv";
        if (said is "yaml" or "yml" || said.Contains("yaml", StringComparison.Ordinal)) return "yaml";
        return null;
    }

    /// <returns>null when the body is larger than <see cref="MaxImportBytes"/> (a chunked body has no Content-Length to check first).</returns>
    private static async Task<string?> ReadBodyAsync(HttpRequest http, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes) return null;
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    private static ValidationProblem TooLarge() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["body"] = [$"The file is larger than {MaxImportBytes / (1024 * 1024)} MB; split it."] }, title: "The file cannot be imported.");

    private static ProblemHttpResult NameTaken(string name) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "The name is taken.", detail: $"Another watchlist is already called \"{name}\" (names compare case-insensitively).");
}
