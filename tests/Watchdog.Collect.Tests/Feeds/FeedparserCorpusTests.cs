using System.Text;
using System.Text.RegularExpressions;
using Watchdog.Collect.Feeds;
using Watchdog.Testing;
using Xunit.Abstractions;

namespace Watchdog.Collect.Tests.Feeds;

/// <summary>Runs the parser over every file of the feedparser corpus (see ../shared/data/feeds/README.md).</summary>
public sealed partial class FeedparserCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of mapped `Expect:` clauses our parser satisfies, the sanitize/ cases included: 1287/1294 (99.5 %) measured
    /// 2026-12-07 (1264/1294 before Atom 0.3 inline XML, base64 HTML, RSS body/summary/tags, CDF, repeated dates, RSS
    /// "name (e-mail)" authors and invalid UTF-8 were read; 1121/1294 before the sanitiser). No mapped clause is excluded.
    /// The test output prints the current figure and every failing clause. What is left is by design or unmodelled: a
    /// text/xml charset conflict (RFC 3023, superseded by RFC 7303) and a text/plain media type that feedparser calls bozo
    /// (2), the Atom author string feedparser composes ("name (email)"; we keep the name, 1), a host's case and an IRI kept
    /// unescaped where we write the normalised URI (2), a literal "&lt;!DOCTYPE" in an HTML title (1), and one plain-text
    /// title whose brackets this translator cannot tell from markup (1). Raise the floor when the parser improves; never
    /// lower it without saying why.
    /// </summary>
    private const double ExpectationPassFloor = 0.99;

    private static readonly TimeSpan PerFileTimeout = TimeSpan.FromSeconds(5);

    private static string CorpusRoot => TestPaths.SharedDataPath("feeds", "feedparser");

    private static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusRoot, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("LICENSE", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static async Task<(ParsedFeed Feed, string Relative, string Header)> ParseFileAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var contentType = Header().Matches(head).Select(m => m.Groups["v"].Value.Trim()).LastOrDefault();
        var location = ContentLocation().Match(head);
        var relative = Path.GetRelativePath(CorpusRoot, path).Replace('\\', '/');
        // feedparser's own suite serves each file from this address; relative links in the expectations assume it.
        var baseUrl = location.Success && Uri.TryCreate(location.Groups["v"].Value.Trim(), UriKind.Absolute, out var loc) && loc.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? loc : new Uri("http://127.0.0.1:8097/tests/" + relative);
        var feed = await Task.Run(() => FeedParser.Parse(bytes, contentType, baseUrl)).WaitAsync(PerFileTimeout);
        return (feed, relative, head);
    }

    [Fact]
    public async Task EveryFileParsesWithoutCrashOrHang()
    {
        var files = CorpusFiles().ToList();
        Assert.True(files.Count > 1000, $"corpus not found or incomplete at {CorpusRoot}");
        foreach (var file in files)
        {
            var (feed, relative, _) = await ParseFileAsync(file);
            Assert.True(feed.WellFormed || feed.Problems.Count > 0, $"{relative}: not well-formed but no problem named");
        }
    }

    [Fact]
    public async Task WellFormedFeedsAreReadAsWellFormed()
    {
        var notWellFormed = new List<string>();
        var checkedFiles = 0;
        foreach (var file in CorpusFiles().Where(f => f.Contains($"{Path.DirectorySeparatorChar}wellformed{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var (feed, relative, head) = await ParseFileAsync(file);
            if (Expectation(head) is { } expect && !expect.TrimStart().StartsWith("not bozo", StringComparison.Ordinal)) continue;
            checkedFiles++;
            if (!feed.WellFormed) notWellFormed.Add($"{relative}: {string.Join(" | ", feed.Problems)}");
        }
        output.WriteLine($"{checkedFiles} well-formed files, {notWellFormed.Count} read as broken");
        Assert.Empty(notWellFormed);
    }

    [Fact]
    public async Task MappedExpectationsMeetThePassFloor()
    {
        int total = 0, passed = 0;
        var failures = new List<string>();
        foreach (var file in CorpusFiles())
        {
            var (feed, relative, head) = await ParseFileAsync(file);
            if (Expectation(head) is not { } expect) continue;
            foreach (var clause in FeedparserExpectation.Evaluate(expect, feed))
            {
                total++;
                if (clause.Passed) passed++;
                else failures.Add($"{relative}: {clause.Text} — got {clause.Actual}");
            }
        }
        var rate = total == 0 ? 0 : (double)passed / total;
        output.WriteLine($"feedparser expectations: {passed}/{total} mapped clauses passed ({rate:P1})");
        foreach (var failure in failures) output.WriteLine(failure);
        Assert.True(total > 500, $"only {total} clauses mapped; the translator has stopped recognising the corpus");
        Assert.True(rate >= ExpectationPassFloor, $"pass rate {rate:P1} below the floor {ExpectationPassFloor:P1}");
    }

    private static string? Expectation(string head) => ExpectLine().Match(head) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;

    [GeneratedRegex(@"^Expect:\s*(?<v>.*)$", RegexOptions.Multiline)]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"^Header:\s*Content-type:\s*(?<v>.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^Header:\s*Content-Location:\s*(?<v>.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ContentLocation();
}
