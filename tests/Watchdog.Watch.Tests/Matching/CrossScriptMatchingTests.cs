using Watchdog.Core.Watching;
using Watchdog.Testing;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Matching.Compiled;
using Watchdog.Query;
using Watchdog.Query.Watchlists;

namespace Watchdog.Watch.Tests.Matching;

/// <summary>Names across scripts and romanisations, and false friends of stemming, with the production normaliser.</summary>
public class CrossScriptMatchingTests
{
    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, CrossScriptCase.All.Count)];

    private static bool Matches(string query, string language, string text, WatchlistCatalog? watchlists = null)
    {
        var compiled = StandingQueryCompiler.Compile(
            [new StandingQuery { Id = 1, Name = "q", QueryText = query }], watchlists ?? WatchlistCatalog.Empty, AnalysisTermNormalizer.Default);
        Assert.Empty(compiled.Errors);
        var document = MatchDocument.Create("", text, language, DocumentMetadata.None, AnalysisTermNormalizer.Default);
        return compiled.QuerySet.Match(document).Count == 1;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Standing_query_finds_a_name_in_any_script_and_no_false_friend(int index)
    {
        var @case = CrossScriptCase.All[index];
        Assert.True(@case.Matches == Matches(@case.Query, @case.Language, @case.Text), @case.ToString());
    }

    [Theory]
    [InlineData(WatchlistEntryKind.Person, "Tokayev", "Тоқаевтың жарлығы жарияланды.", "kk", true)]
    [InlineData(WatchlistEntryKind.Person, "назарбаев", "Nazarbayev spoke at the forum.", "en", true)]
    [InlineData(WatchlistEntryKind.Place, "Astana", "В Астане прошёл форум.", "ru", true)]
    [InlineData(WatchlistEntryKind.Organisation, "Министерство финансов", "Министерства финансов сообщило о росте.", "ru", true)]
    [InlineData(WatchlistEntryKind.Term, "нефть", "Neft prices rose again.", "en", false)]
    [InlineData(WatchlistEntryKind.Person, "Иванов", "Иван пришёл домой поздно.", "ru", false)]
    public void Watchlist_names_cross_scripts_and_terms_do_not(WatchlistEntryKind kind, string entry, string text, string language, bool expected)
    {
        var list = new Watchlist { Name = "names", Entries = [new WatchlistEntry { Kind = kind, Text = entry }] };

        Assert.Equal(expected, Matches("@names", language, text, new WatchlistCatalog([list])));
    }

    [Fact]
    public void A_capitalised_query_word_expands_to_its_spellings_in_both_scripts()
    {
        var expanded = QueryFormatter.Format(QueryExpander.ExpandPlain(QueryParser.Parse("Tokayev")));

        foreach (var spelling in new[] { "Tokayev", "Tokaev", "Toqaev", "Токаев", "Тоқаев" }) Assert.Contains(spelling, expanded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_word_stays_in_its_script_unless_asked()
    {
        Assert.Equal("нефть", QueryFormatter.Format(QueryExpander.ExpandPlain(QueryParser.Parse("нефть"))));
        Assert.Contains("neft", QueryFormatter.Format(QueryExpander.ExpandPlain(QueryParser.Parse("translit:нефть"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("translit:нефть")]
    [InlineData("translit:(нефть OR газ) -title:цены")]
    [InlineData("translit:\"нефть газ\"~2")]
    public void Translit_round_trips_through_the_formatter(string query)
    {
        var parsed = QueryParser.Parse(query);

        Assert.Equal(QueryFormatter.Format(parsed), QueryFormatter.Format(QueryParser.Parse(QueryFormatter.Format(parsed))));
    }
}
