using Watchdog.Collect.Robots;

namespace Watchdog.Collect.Tests.Robots;

public sealed class RobotsPolicyTests
{
    // The example file of RFC 9309 §5.1.
    private const string RfcExample = """
        User-Agent: *
        Disallow: *.gif$
        Disallow: /example/
        Allow: /publications/

        User-Agent: foobot
        Disallow:/
        Allow:/example/page.html
        Allow:/example/allowed.gif

        User-Agent: barbot
        User-Agent: bazbot
        Disallow: /example/page.html

        User-Agent: quxbot

        EOF
        """;

    private static RobotsVerdict Check(string robots, string agent, string url) =>
        RobotsPolicy.FromRobotsTxt(RobotsTxt.Parse(robots)).Evaluate(agent, new Uri("https://www.example.com" + url));

    [Theory]
    [InlineData("foobot", "/example/page.html", true)]
    [InlineData("foobot", "/example/allowed.gif", true)]
    [InlineData("foobot", "/other", false)]
    [InlineData("barbot", "/example/page.html", false)]
    [InlineData("bazbot", "/example/page.html", false)]
    [InlineData("barbot", "/example/other.html", true)]
    [InlineData("quxbot", "/anything", true)]
    [InlineData("unknownbot", "/example/x", false)]
    [InlineData("unknownbot", "/publications/a", true)]
    [InlineData("unknownbot", "/images/a.gif", false)]
    [InlineData("unknownbot", "/images/a.gif?x", true)]
    public void RfcExampleGivesTheRfcAnswers(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, Check(RfcExample, agent, path).Allowed);

    [Fact]
    public void LongestMatchWinsOverOrder()
    {
        const string robots = "User-agent: *\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n";
        Assert.True(Check(robots, "x", "/example/page/").Allowed);
        Assert.False(Check(robots, "x", "/example/page/disallowed.gif").Allowed);
    }

    [Fact]
    public void AllowWinsWhenEquallyLong()
    {
        var verdict = Check("User-agent: *\nDisallow: /page\nAllow: /page\n", "x", "/page");
        Assert.Equal((true, "Allow: /page", (int?)3), (verdict.Allowed, verdict.MatchedRule, verdict.Line));
    }

    [Fact]
    public void VerdictNamesTheDecidingRuleAndItsLine()
    {
        var verdict = Check("# comment\nUser-agent: *\nDisallow: /private # keep out\n", "x", "/private/data");
        Assert.Equal((false, "Disallow: /private", (int?)3), (verdict.Allowed, verdict.MatchedRule, verdict.Line));
    }

    [Fact]
    public void DollarAnchorsTheEnd()
    {
        const string robots = "User-agent: *\nDisallow: /*.php$\n";
        Assert.False(Check(robots, "x", "/index.php").Allowed);
        Assert.True(Check(robots, "x", "/index.php?x=1").Allowed);
        Assert.True(Check(robots, "x", "/index.phps").Allowed);
    }

    [Fact]
    public void StarMatchesAnySequence()
    {
        const string robots = "User-agent: *\nDisallow: /fish*/salmon\n";
        Assert.False(Check(robots, "x", "/fish/salmon").Allowed);
        Assert.False(Check(robots, "x", "/fishheads/deep/salmon.html").Allowed);
        Assert.True(Check(robots, "x", "/fishheads/trout").Allowed);
    }

    [Fact]
    public void AgentMatchingIsCaseInsensitiveAndUsesTheProductToken()
    {
        const string robots = "User-agent: *\nAllow: /\n\nUser-agent: WATCHDOG\nDisallow: /news\n";
        Assert.False(Check(robots, "Watchdog/1.0 (+https://example.org/bot)", "/news/1").Allowed);
    }

    [Fact]
    public void GroupsForTheSameAgentAreMerged()
    {
        const string robots = "User-agent: a\nDisallow: /x\n\nUser-agent: b\nDisallow: /y\n\nUser-agent: a\nDisallow: /z\n";
        Assert.False(Check(robots, "a", "/x").Allowed);
        Assert.False(Check(robots, "a", "/z").Allowed);
        Assert.True(Check(robots, "a", "/y").Allowed);
    }

    [Fact]
    public void EmptyDisallowAllowsEverything() => Assert.True(Check("User-agent: *\nDisallow:\n", "x", "/a").Allowed);

    [Fact]
    public void NonAsciiPatternMatchesPercentEncodedPath() =>
        Assert.False(Check("User-agent: *\nDisallow: /foo/bar/ツ\n", "x", "/foo/bar/%E3%83%84").Allowed);

    [Fact]
    public void PercentEncodingCaseAndUnreservedEscapesAreNormalised()
    {
        Assert.False(Check("User-agent: *\nDisallow: /a%7eb\n", "x", "/a~b").Allowed);
        Assert.False(Check("User-agent: *\nDisallow: /a%2fb\n", "x", "/a%2Fb").Allowed);
    }

    [Fact]
    public void RobotsTxtItselfIsAlwaysAllowed() => Assert.True(Check("User-agent: *\nDisallow: /\n", "x", "/robots.txt").Allowed);

    [Fact]
    public void CrawlDelayIsReadFromTheMatchingGroup()
    {
        var policy = RobotsPolicy.FromRobotsTxt(RobotsTxt.Parse("User-agent: *\nCrawl-delay: 2.5\n\nUser-agent: fast\nCrawl-delay: 0\n"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), policy.CrawlDelay("slow"));
        Assert.Equal(TimeSpan.Zero, policy.CrawlDelay("fast"));
    }

    [Fact]
    public void SitemapLinesAreCollectedWithoutBreakingGroups()
    {
        var robots = RobotsTxt.Parse("User-agent: a\nSitemap: https://e.com/s1.xml\nUser-agent: b\nDisallow: /x\nSitemap: https://e.com/s2.xml\n");
        Assert.Equal(["https://e.com/s1.xml", "https://e.com/s2.xml"], robots.Sitemaps);
        Assert.Equal(["a", "b"], Assert.Single(robots.Groups).Agents);
    }

    [Fact]
    public void RulesBeforeAnyUserAgentAreIgnored() => Assert.True(Check("Disallow: /\nUser-agent: *\nDisallow: /x\n", "x", "/a").Allowed);

    [Fact]
    public void CrLfLinesAndBomAreHandled() => Assert.False(Check("\uFEFFUser-agent: *\r\nDisallow: /x\r\n", "x", "/x").Allowed);

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void EveryRfcLineEndingSeparatesLines(string eol)
    {
        var robots = string.Join(eol, "User-agent: *", "Disallow: /x", "Allow: /x/open", "");
        Assert.Equal((false, 2), (Check(robots, "x", "/x/a").Allowed, Check(robots, "x", "/x/a").Line));
        Assert.Equal((true, 3), (Check(robots, "x", "/x/open").Allowed, Check(robots, "x", "/x/open").Line));
    }

    /// <summary>A file whose rule for "/q…" straddles the 512 KiB cut: filler comments, then the long rule.</summary>
    private static string FileCutInsideALine(out string longRule)
    {
        var filler = "User-agent: *\n" + string.Concat(Enumerable.Repeat("# " + new string('f', 97) + "\n", RobotsTxt.MaxParsedBytes / 100 - 1));
        longRule = "/q" + new string('z', 300);
        return filler + "Disallow: " + longRule + "\nDisallow: /after-the-limit\n";
    }

    [Fact]
    public void ALineCutByTheLimitIsDropped()
    {
        var text = FileCutInsideALine(out var longRule);
        Assert.InRange(text.IndexOf("Disallow: /q", StringComparison.Ordinal), 0, RobotsTxt.MaxParsedBytes - 1);
        Assert.True(text.IndexOf(longRule, StringComparison.Ordinal) + longRule.Length > RobotsTxt.MaxParsedBytes);
        // The cut line would read "Disallow: /qzzz…" (shorter) and forbid "/qzz"; dropped, nothing forbids it.
        Assert.True(Check(text, "x", "/qzz").Allowed);
        Assert.True(Check(text, "x", "/after-the-limit").Allowed);
    }

    [Fact]
    public void ATruncatedPrefixDropsItsUnfinishedLastLine()
    {
        Assert.False(Check("User-agent: *\nDisallow: /a\nDisallow: /b", "x", "/b").Allowed);
        var cut = RobotsPolicy.FromRobotsTxt(RobotsTxt.Parse("User-agent: *\nDisallow: /a\nDisallow: /b", truncated: true));
        Assert.True(cut.Evaluate("x", new Uri("https://e.com/b")).Allowed);
        Assert.False(cut.Evaluate("x", new Uri("https://e.com/a")).Allowed);
    }

    [Fact]
    public async Task ALocalFileIsReadUpToTheLimitOnly()
    {
        var text = FileCutInsideALine(out _) + string.Concat(Enumerable.Repeat("Disallow: /late\n", 100_000));
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "\uFEFF" + text);
            var policy = RobotsPolicy.FromRobotsTxt(await RobotsTxt.ReadFileAsync(path, CancellationToken.None));
            Assert.True(policy.Evaluate("x", new Uri("https://e.com/qzz")).Allowed);
            Assert.True(policy.Evaluate("x", new Uri("https://e.com/late")).Allowed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GarbageInputAllowsEverything() => Assert.True(Check("<html><body>not robots</body></html>", "x", "/a").Allowed);

    [Fact]
    public void BlanketPoliciesGiveTheirReason()
    {
        var verdict = RobotsPolicy.DisallowAll("robots.txt returned 503").Evaluate("x", new Uri("https://e.com/a"));
        Assert.Equal((false, "robots.txt returned 503"), (verdict.Allowed, verdict.MatchedRule));
        Assert.True(RobotsPolicy.AllowAll("robots.txt returned 404").Evaluate("x", new Uri("https://e.com/a")).Allowed);
    }
}
