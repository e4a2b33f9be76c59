using Watchdog.Core.Watching;

namespace Watchdog.Bench.Matching;

/// <summary>A generated mix of standing queries like operators write: names (watchlists and inline aliases), booleans, phrases, prefixes, filters.</summary>
internal static class QueryMix
{
    /// <summary>People per generated watchlist.</summary>
    private const int PeoplePerWatchlist = 20;

    public static (IReadOnlyList<StandingQuery> Queries, IReadOnlyList<Watchlist> Watchlists) Generate(SyntheticCorpus corpus, int count, int seed)
    {
        var random = new Random(seed);
        var watchlists = corpus.People.Chunk(PeoplePerWatchlist)
            .Select((people, i) => new Watchlist { Id = i + 1, Name = $"people-{i}", Entries = people })
            .ToArray();
        var queries = new StandingQuery[count];
        for (var i = 0; i < count; i++)
        {
            queries[i] = new StandingQuery { Id = i + 1, Name = $"q{i}", QueryText = QueryText(corpus, watchlists, random) };
        }
        return (queries, watchlists);
    }

    private static string QueryText(SyntheticCorpus corpus, Watchlist[] watchlists, Random random)
    {
        var language = corpus.Languages[random.Next(corpus.Languages.Length)];
        string W() => language.QueryStem(random);
        var roll = random.Next(1000);
        return roll switch
        {
            < 200 => $"@{watchlists[random.Next(watchlists.Length)].Name}" + (random.Next(2) == 0 ? $" {W()}" : ""),
            < 400 => PersonQuery(corpus.People[random.Next(corpus.People.Length)]),
            < 650 => $"({W()} OR {W()}) AND {W()} -{W()}",
            < 800 => random.Next(2) == 0 ? $"\"{W()} {W()}\"~2" : $"\"{W()} {W()}\"",
            < 880 => $"{W()[..4]}* AND {W()}",
            < 940 => random.Next(3) switch
            {
                0 => $"lang:{language.Code} AND {W()}",
                1 => $"source:news.example.kz AND ({W()} OR {W()})",
                _ => $"tag:economy {W()} published:>=2026-03-01",
            },
            < 998 => $"title:{W()} OR title:\"{W()} {W()}\"",
            // Queries without a required word are verified against every article: keep them as rare as they are in practice.
            _ => $"lang:{language.Code} -{W()} -{W()}",
        };
    }

    private static string PersonQuery(WatchlistEntry person) =>
        $"\"{person.Text}\" OR \"{person.Aliases[0]}\" OR {person.Aliases[^1]}";
}
