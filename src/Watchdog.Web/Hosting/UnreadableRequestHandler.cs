using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Watchdog.Web.Hosting;

/// <summary>
/// A request the API cannot read (broken JSON, text where a number belongs, a body too large) is the caller's mistake:
/// it is answered 400 (or the status the server chose) with what could not be read, instead of a bare "Bad Request".
/// Minimal APIs throw <see cref="BadHttpRequestException"/> for these once <c>ThrowOnBadRequest</c> is on; handling
/// it here also keeps the exception middleware from logging a client's mistake as a server error.
/// </summary>
internal sealed class UnreadableRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted) return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request cannot be read.",
                // The JSON reader's own words name the field or position that failed; the outer message only says "JSON".
                Detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message,
            },
        });
    }
}
