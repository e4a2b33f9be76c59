using System.Net;
using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Web.Api;

/// <summary>Reads an RFC 9457 problem response and checks it is one, so each test states only what matters to it.</summary>
internal static class ProblemDetailsAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The messages given for one field of a validation problem.</summary>
    public static IReadOnlyList<string> FieldErrors(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];
}
