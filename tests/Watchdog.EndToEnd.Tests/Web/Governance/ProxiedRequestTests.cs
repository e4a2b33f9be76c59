using System.Net;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Governance;

/// <summary>
/// Tokens off (as for the demo): a caller on the machine itself acts as the admin, but a request relayed by a reverse
/// proxy may come from anywhere and is asked for a token.
/// </summary>
public sealed class ProxiedRequestTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9;proto=https")]
    [InlineData("X-Forwarded-Proto", "https")]
    public async Task A_proxied_admin_call_needs_a_token_even_with_tokens_off(string header, string value)
    {
        using var direct = await app.Client.GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/users");
        request.Headers.TryAddWithoutValidation(header, value);
        var refused = await IsProblemAsync(await app.Client.SendAsync(request), HttpStatusCode.Unauthorized);
        Assert.Contains("proxy", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_says_at_start_which_mode_it_runs_in() =>
        Assert.Contains("API authentication: tokens off (auth.required: false)", app.Announced, StringComparison.Ordinal);
}
