using Watchdog.Collect.Fetching;
using Watchdog.Guard.Control;
using Watchdog.Testing;

namespace Watchdog.Guard.Tests.Control;

public sealed class SiteVerificationTests
{
    [Theory]
    [InlineData("https://News.Example.org/path?q=1", "https://news.example.org")]
    [InlineData("https://news.example.org./", "https://news.example.org")]
    [InlineData("http://127.0.0.1:5081/a", "http://127.0.0.1:5081")]
    [InlineData("https://news.example.org:443/", "https://news.example.org")]
    [InlineData("https://пример.рф/", "https://xn--e1afmkfd.xn--p1ai")]
    public void A_site_is_known_by_its_origin(string url, string key)
    {
        Assert.True(SiteOrigin.TryParse(url, out var origin, out _));
        Assert.Equal(key, SiteOrigin.Key(origin));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative")]
    public void Anything_but_an_http_url_is_refused(string url) => Assert.False(SiteOrigin.TryParse(url, out _, out _));

    [Fact]
    public void Tokens_are_unguessable_and_distinct()
    {
        var a = SiteVerification.NewToken();
        Assert.Matches("^wdv-[0-9a-f]{32}$", a);
        Assert.NotEqual(a, SiteVerification.NewToken());
    }

    [Theory]
    [InlineData("wdv-1\n", true)]
    [InlineData("\uFEFFwdv-other\r\nwdv-1\r\n", true)]
    [InlineData("  wdv-1  ", true)]
    [InlineData("wdv-12", false)]
    [InlineData("token: wdv-1", false)]
    [InlineData("", false)]
    public void The_file_proves_control_when_a_line_is_the_token(string body, bool proves) =>
        Assert.Equal(proves, SiteVerification.FileProves(body, "wdv-1"));

    [Fact]
    public void A_txt_record_proves_control_when_it_names_the_token()
    {
        Assert.True(SiteVerification.TxtProves(["v=spf1 -all", "watchdog-verification=wdv-1"], "wdv-1"));
        Assert.False(SiteVerification.TxtProves(["watchdog-verification=wdv-2", "wdv-1"], "wdv-1"));
    }

    private sealed class FakeTxt(params string[] records) : ITxtLookup
    {
        public List<string> Asked { get; } = [];

        public Task<IReadOnlyList<string>> LookupAsync(string host, CancellationToken ct)
        {
            Asked.Add(host);
            return Task.FromResult<IReadOnlyList<string>>(records);
        }
    }

    private static readonly FetcherOptions Loopback = new() { AllowLoopback = true, ConnectRetries = 0, Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task The_prover_reads_the_well_known_file_once_without_following_redirects()
    {
        await using var site = await TestWebServer.StartAsync();
        site.Map("/.well-known/watchdog-verification.txt", TestResponse.Redirect("/elsewhere.txt")).Map("/elsewhere.txt", TestResponse.Text("wdv-1", "text/plain"));
        using var prover = new ControlProver(Loopback, new FakeTxt());

        var proof = await prover.ProveAsync(site.BaseUri, "wdv-1", CancellationToken.None);

        Assert.False(proof.Proven);
        Assert.Equal(["/.well-known/watchdog-verification.txt"], site.Requests.Select(r => r.Path));
        site.Map("/.well-known/watchdog-verification.txt", TestResponse.Text("wdv-1\n", "text/plain"));
        Assert.Equal((true, "file"), ((await prover.ProveAsync(site.BaseUri, "wdv-1", CancellationToken.None)) is var p ? (p.Proven, p.Method) : default));
    }

    [Fact]
    public async Task A_dns_txt_record_proves_control_of_a_named_host()
    {
        var txt = new FakeTxt("watchdog-verification=wdv-1");
        using var prover = new ControlProver(Loopback, txt);

        // localhost resolves to loopback (allowed here); nothing listens on port 9, so the file is missing and DNS decides.
        var proof = await prover.ProveAsync(new Uri("http://localhost:9"), "wdv-1", CancellationToken.None);

        Assert.Equal((true, "dns"), (proof.Proven, proof.Method));
        Assert.Equal(["localhost"], txt.Asked);
    }

    [Fact]
    public async Task A_refused_address_is_not_looked_up_further()
    {
        var txt = new FakeTxt("watchdog-verification=wdv-1");
        using var prover = new ControlProver(new FetcherOptions(), txt);

        var proof = await prover.ProveAsync(new Uri("http://127.0.0.1:9"), "wdv-1", CancellationToken.None);

        Assert.False(proof.Proven);
        Assert.Contains("does not allow", proof.Explanation, StringComparison.Ordinal);
        Assert.Empty(txt.Asked);
    }
}
