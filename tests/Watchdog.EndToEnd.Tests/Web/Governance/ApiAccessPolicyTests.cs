using Microsoft.AspNetCore.Http;
using Watchdog.Core.Governance;
using Watchdog.Pipeline.Configuration;
using Watchdog.Web.Auth;

namespace Watchdog.EndToEnd.Tests.Web.Governance;

public sealed class ApiAccessPolicyTests
{
    [Theory]
    [InlineData("GET", "/api/sources", Role.Viewer)]
    [InlineData("GET", "/api/search", Role.Viewer)]
    [InlineData("POST", "/api/match", Role.Viewer)]
    [InlineData("POST", "/api/alerts/4/read", Role.Viewer)]
    [InlineData("POST", "/api/sources", Role.Analyst)]
    [InlineData("DELETE", "/api/watchlists/3", Role.Analyst)]
    [InlineData("PUT", "/api/queries/3", Role.Analyst)]
    [InlineData("POST", "/api/sources/3/fetch-now", Role.Analyst)]
    [InlineData("GET", "/api/reports", Role.Viewer)]
    [InlineData("GET", "/api/reports/schedules", Role.Analyst)]
    [InlineData("POST", "/api/reports/schedules/weekly/send", Role.Analyst)]
    [InlineData("GET", "/api/audit", Role.Admin)]
    [InlineData("GET", "/api/users", Role.Admin)]
    [InlineData("DELETE", "/api/users/bob", Role.Admin)]
    public void Each_api_call_needs_the_role_in_the_table(string method, string path, Role role) =>
        Assert.Equal(role, ApiAccessPolicy.RequiredRole(method, new PathString(path)));

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard.js")]
    [InlineData("/i18n/ru.json")]
    [InlineData("/healthz")]
    [InlineData("/i18n/reports.ru.json")]
    [InlineData("/reports")]
    [InlineData("/admin")]
    [InlineData("/metrics")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/apiary")]
    public void Paths_outside_the_api_need_no_role(string path) => Assert.Null(ApiAccessPolicy.RequiredRole("GET", new PathString(path)));

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.4:5080", false)]
    [InlineData("http://news-desk.example:80", false)]
    [InlineData("", false)]
    public void Only_an_app_on_loopback_alone_may_do_without_tokens(string urls, bool loopbackOnly) =>
        Assert.Equal(loopbackOnly, AuthRequirement.IsLoopbackOnly(urls));

    [Theory]
    [InlineData(true, false, "http://127.0.0.1:5080", true)]
    [InlineData(false, false, "http://0.0.0.0:5080", false)]
    [InlineData(null, false, "http://0.0.0.0:5080", true)]
    [InlineData(null, false, "http://127.0.0.1:5080", true)] // loopback alone is no longer a reason: a proxy may sit in front
    [InlineData(null, true, "http://127.0.0.1:5080", false)] // the demo, explicitly chosen, on loopback
    [InlineData(null, true, "http://0.0.0.0:5080", true)]
    [InlineData(true, true, "http://127.0.0.1:5080", true)]
    public void Tokens_are_skipped_only_when_explicitly_chosen(bool? required, bool demo, string urls, bool expected)
    {
        var access = AuthRequirement.Decide(new AuthSettings { Required = required }, demo, urls);
        Assert.Equal(expected, access.Required);
        Assert.Contains(expected ? "tokens required" : "tokens off", access.Mode, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("x-forwarded-host", "news.example")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("Via", "1.1 proxy")]
    public void Proxy_headers_are_recognised(string header, string value) =>
        Assert.Equal(header, ProxyHeaders.Find(new HeaderDictionary { [header] = value }));

    [Fact]
    public void A_plain_request_has_no_proxy_header() =>
        Assert.Null(ProxyHeaders.Find(new HeaderDictionary { ["Host"] = "127.0.0.1", ["User-Agent"] = "x", ["Accept"] = "*/*" }));
}
