using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Governance;
using Watchdog.Core.Guard;
using Watchdog.Application.Governance;
using Watchdog.Application.Guard;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary>The text of a confidential document to register for leak watch; it is fingerprinted and dropped, never stored.</summary>
public sealed record LeakDocumentRequest(string? Name, string? Text);

/// <summary><c>/api/guard/leaks</c>: confidential documents under leak watch and the public articles found to contain them (admin only).</summary>
public static class LeaksApi
{
    private const int DefaultFindings = 100;
    private const int MaxFindings = 500;

    public static RouteGroupBuilder MapLeaksApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/guard/leaks").WithTags("Guard");
        api.MapGet("/", ListAsync).WithName("ListLeakDocuments").WithSummary("Documents under leak watch")
            .WithDescription("Id, name, number of fingerprints and registration time of each document; never its text (which is not kept) or fingerprints. Admin only.");
        api.MapPost("/", RegisterAsync).WithName("RegisterLeakDocument").WithSummary("Register a confidential document for leak watch")
            .WithDescription("The text is turned into winnowing fingerprints (hashes of 5-word sequences) and dropped: only the fingerprints are stored, and every "
                + "article collected from then on is checked against them. Registering the same text again updates its name. 400 for an empty name or a text of "
                + "fewer than 5 words. Run `watchdog guard leaks scan` to check articles collected before. Admin only.");
        api.MapDelete("/{id}", RemoveAsync).WithName("RemoveLeakDocument").WithSummary("Stop watching a document; its findings go with it");
        api.MapGet("/findings", FindingsAsync).WithName("ListLeakFindings").WithSummary("Public articles found to contain passages of a registered document")
            .WithDescription("Newest first: the document, the article, how many of the document's fingerprints it contains (coverage), the shared passages as "
                + "character offsets into the article's title + blank line + text, and an excerpt of the article (never of the document). Admin only.");
        return api;
    }

    public static async Task<Ok<List<LeakDocumentView>>> ListAsync(ILeakStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListDocumentsAsync(ct)).Select(LeakDocumentView.From).ToList());

    public static async Task<Results<Created<LeakDocumentView>, ValidationProblem>> RegisterAsync(
        LeakDocumentRequest request, LeakDocumentRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) return Problem("name", "Give the document a name (shown in findings).");
        LeakDocumentRecord stored;
        try
        {
            stored = await registry.RegisterAsync(request.Name, request.Text ?? "", ct);
        }
        catch (LeakDocumentRejectedException e)
        {
            return Problem("text", e.Message);
        }
        var view = LeakDocumentView.From(stored);
        await audit.RecordAsync(http, AuditActions.GuardLeakAdd, view.AuditTarget, view.AuditDetails);
        return TypedResults.Created($"/api/guard/leaks/{view.Id}", view);
    }

    public static async Task<Results<NoContent, NotFound>> RemoveAsync(
        string id, ILeakStore store, LeakDocumentRegistry registry, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        if (await store.GetDocumentAsync(id, ct) is not { } document || !await registry.RemoveAsync(id, ct)) return TypedResults.NotFound();
        var view = LeakDocumentView.From(document);
        await audit.RecordAsync(http, AuditActions.GuardLeakRemove, view.AuditTarget, view.AuditDetails);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<LeakFinding>>, ValidationProblem>> FindingsAsync(
        string? document, int? limit, DateTimeOffset? since, ILeakStore store, CancellationToken ct)
    {
        var count = limit ?? DefaultFindings;
        if (count is < 1 or > MaxFindings) return Problem("limit", $"The limit must be between 1 and {MaxFindings}.");
        return TypedResults.Ok(await store.ListFindingsAsync(string.IsNullOrWhiteSpace(document) ? null : document.Trim(), count, since, ct));
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request is not valid.");
}
