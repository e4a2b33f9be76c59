using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Preview;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Api.Validation;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/sources</c>: list with health, add (validated), remove, pause, resume, fetch now, recent fetches.</summary>
public static class SourcesApi
{
    private const string CannotAddTitle = "The source cannot be added.";

    /// <summary>Enough recent fetches to see a pattern of failures without paging.</summary>
    private const int MaxFetchLogEntries = 200;

    public static RouteGroupBuilder MapSourcesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sources").WithTags("Sources");
        api.MapGet("/", ListSourcesAsync).WithName("ListSources").WithSummary("List sources")
            .WithDescription("All sources with their health: last fetch, status, items stored, errors, next run, and why a source is paused.");
        api.MapGet("/{id:long}", GetSourceAsync).WithName("GetSource").WithSummary("Get a source");
        api.MapPost("/", AddSourceAsync).WithName("AddSource").WithSummary("Add a source")
            .WithDescription("Adds a source to watch; the URL must be an absolute http(s) URL. Adding a URL that is already watched returns the existing source with 200.");
        api.MapPost("/preview", PreviewSourceAsync).WithName("PreviewSource").WithSummary("Preview a source before adding it")
            .WithDescription("Reads the first page of the URL as the source would be read (kind auto recognises social addresses by their shape, anything else by its content) and returns the kind, title and up to "
                + $"{SourcePreviewer.MaxItems} items. Nothing is stored; a source that cannot be read gives 200 with the problem, an invalid URL or kind 400.");
        api.MapDelete("/{id:long}", RemoveSourceAsync).WithName("RemoveSource").WithSummary("Remove a source").WithDescription("Stops watching a source; its stored articles stay.");
        api.MapPost("/{id:long}/pause", PauseSourceAsync).WithName("PauseSource").WithSummary("Pause a source");
        api.MapPost("/{id:long}/resume", ResumeSourceAsync).WithName("ResumeSource").WithSummary("Resume a source")
            .WithDescription("Resumes a source paused by the operator or after repeated failures, clears its failure count and runs it at once.");
        api.MapPost("/{id:long}/fetch-now", FetchNowAsync).WithName("FetchSourceNow").WithSummary("Fetch a source now")
            .WithDescription("Queues a refresh of the source to run at once, whatever its schedule. 409 when the source is paused.");
        api.MapGet("/{id:long}/fetches", ListFetchesAsync).WithName("ListSourceFetches").WithSummary("Recent fetches of a source")
            .WithDescription("The source's most recent fetches, newest first, with outcome, status code and error: the first place to look when a source misbehaves.");
        return api;
    }

    public static async Task<Ok<List<SourceView>>> ListSourcesAsync(ISourceStore sources, CancellationToken ct) =>
        TypedResults.Ok((await sources.ListAsync(ct)).Select(SourceView.From).ToList());

    public static async Task<Results<Ok<SourceView>, NotFound>> GetSourceAsync(long id, ISourceStore sources, CancellationToken ct) =>
        await sources.GetAsync(id, ct) is { } source ? TypedResults.Ok(SourceView.From(source)) : TypedResults.NotFound();

    public static async Task<Results<Created<SourceView>, Ok<SourceView>, ValidationProblem>> AddSourceAsync(
        AddSourceRequest request, SourceRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var validated = SourceRequestValidation.Validate(request);
        if (!validated.IsValid) return TypedResults.ValidationProblem(validated.Errors.ToDictionary(), title: CannotAddTitle);

        SourceAddResult result;
        try
        {
            result = await registry.AddAsync(validated.Value!, ct);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [e.Message] }, title: CannotAddTitle);
        }
        if (result.Added) await audit.RecordAsync(http, AuditActions.SourceAdd, AuditDetails.SourceTarget(result.Source.Id), AuditDetails.Of(result.Source));
        var view = SourceView.From(result.Source);
        return result.Added ? TypedResults.Created($"/api/sources/{view.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<SourcePreviewView>, ValidationProblem>> PreviewSourceAsync(
        PreviewSourceRequest request, SourcePreviewer previewer, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var validated = SourceRequestValidation.Validate(new AddSourceRequest(request.Url, request.Kind));
        if (!validated.IsValid) return TypedResults.ValidationProblem(validated.Errors.ToDictionary(), title: "The source cannot be previewed.");
        var draft = validated.Value!;
        var url = new Uri(draft.Url);
        await audit.RecordAsync(http, AuditActions.SourcePreview, url.AbsoluteUri, new { kind = draft.Kind.ToString().ToLowerInvariant() });
        return TypedResults.Ok(SourcePreviewView.From(url, await previewer.PreviewAsync(url, draft.Kind, ct)));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveSourceAsync(long id, ISourceStore sources, SourceRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var source = await sources.GetAsync(id, ct);
        if (source is null || !await registry.RemoveAsync(id, ct)) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.SourceRemove, AuditDetails.SourceTarget(id), AuditDetails.Of(source));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<SourceView>, NotFound>> PauseSourceAsync(long id, SourceRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (await registry.PauseAsync(id, ct) is not { } paused) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.SourcePause, AuditDetails.SourceTarget(id), new { url = paused.Url.AbsoluteUri });
        return TypedResults.Ok(SourceView.From(paused));
    }

    public static async Task<Results<Ok<SourceView>, NotFound>> ResumeSourceAsync(long id, SourceRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (await registry.ResumeAsync(id, ct) is not { } resumed) return TypedResults.NotFound();
        await audit.RecordAsync(http, AuditActions.SourceResume, AuditDetails.SourceTarget(id), new { url = resumed.Url.AbsoluteUri });
        return TypedResults.Ok(SourceView.From(resumed));
    }

    public static async Task<Results<Accepted<SourceView>, NotFound, ProblemHttpResult>> FetchNowAsync(
        long id, ISourceStore sources, SourceRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (await sources.GetAsync(id, ct) is not { } source) return TypedResults.NotFound();
        if (source.Health.Status == SourceStatus.Paused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The source is paused.",
                detail: $"Resume it first (POST /api/sources/{id}/resume). It was paused because: {source.Health.PausedReason}");
        }
        await registry.RefreshNowAsync(id, ct);
        await audit.RecordAsync(http, AuditActions.SourceFetchNow, AuditDetails.SourceTarget(id), new { url = source.Url.AbsoluteUri });
        return TypedResults.Accepted($"/api/sources/{id}", SourceView.From(source));
    }

    public static async Task<Results<Ok<List<FetchLogView>>, NotFound>> ListFetchesAsync(
        long id, ISourceStore sources, IFetchLog fetchLog, CancellationToken ct, int limit = 50)
    {
        if (await sources.GetAsync(id, ct) is null) return TypedResults.NotFound();
        var entries = await fetchLog.ListAsync(id, Math.Clamp(limit, 1, MaxFetchLogEntries), ct);
        return TypedResults.Ok(entries.Select(e => new FetchLogView(e.Url, e.Outcome.ToString(), e.StatusCode, e.Elapsed.TotalMilliseconds, e.At, e.Error)).ToList());
    }
}
