using System.Text.RegularExpressions;
using Watchdog.Testing;
using Watchdog.Web.Dashboard;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>
/// Every page the dashboard serves, found the way the app finds them (an embedded <c>Assets/&lt;page&gt;.html</c> is
/// served at <c>/&lt;page&gt;</c>), so a page added later is checked without anyone listing it here.
/// </summary>
public static partial class DashboardPageList
{
    /// <summary>Pages that show one thing and need its id in the address; they get the first seeded article.</summary>
    private static readonly Dictionary<string, Func<SeededCorpus, string>> QueryOfPage = new(StringComparer.Ordinal)
    {
        ["article"] = corpus => $"?id={corpus.Articles[0].Id}",
    };

    /// <summary>"index", "reports", "admin", … : the names of the embedded pages.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. typeof(DashboardEndpoints).Assembly.GetManifestResourceNames()
            .Select(name => PageResource().Match(name)).Where(m => m.Success).Select(m => m.Groups["page"].Value).Order(StringComparer.Ordinal)];

    /// <summary>Where a page is opened: "/" for the overview, "/article?id=12" for a page that needs an id.</summary>
    public static string PathOf(string page, SeededCorpus corpus) =>
        (page == "index" ? "/" : $"/{page}") + (QueryOfPage.TryGetValue(page, out var query) ? query(corpus) : "");

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names()) data.Add(name);
        return data;
    }

    [GeneratedRegex(@"^Watchdog\.Web\.Dashboard\.Assets\.(?<page>[a-z-]+)\.html$")]
    private static partial Regex PageResource();
}
