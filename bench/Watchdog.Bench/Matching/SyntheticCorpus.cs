using Watchdog.Core.Articles;
using Watchdog.Core.Watching;

namespace Watchdog.Bench.Matching;

/// <summary>Generated articles and people, deterministic from a seed: ru/kk/en news-like text that mentions some of the people.</summary>
internal sealed class SyntheticCorpus
{
    private const int TitleWords = 8;
    private const int MinTextWords = 150;
    private const int MaxTextWords = 300;
    /// <summary>Share of articles that mention a watched person, so names are actually found.</summary>
    private const double PersonMentionRate = 0.3;

    private static readonly string[] Sources = ["tengri.example.kz", "news.example.kz", "vlast.example.kz", "ria.example.ru", "bbc.example.com"];
    private static readonly string[] Tags = ["politics", "economy", "sport", "kz", "world"];

    public SyntheticCorpus(int seed, int vocabularySize, int people)
    {
        var random = new Random(seed);
        Languages = SyntheticLanguage.CreateAll(vocabularySize, random);
        People = Enumerable.Range(0, people).Select(i => Person(random, Languages[i % Languages.Length])).ToArray();
    }

    public SyntheticLanguage[] Languages { get; }
    public WatchlistEntry[] People { get; }

    public IReadOnlyList<Article> Articles(int count, int seed)
    {
        var random = new Random(seed);
        var articles = new Article[count];
        for (var i = 0; i < count; i++)
        {
            var language = Languages[random.Next(Languages.Length)];
            var text = Words(language, random.Next(MinTextWords, MaxTextWords), random);
            if (random.NextDouble() < PersonMentionRate) text.Insert(random.Next(text.Count), Mention(People[random.Next(People.Length)], language, random));
            var host = Sources[random.Next(Sources.Length)];
            articles[i] = new Article
            {
                Id = i + 1,
                SourceId = 1 + Array.IndexOf(Sources, host),
                Url = new Uri($"https://{host}/news/{i}"),
                CanonicalUrl = new Uri($"https://{host}/news/{i}"),
                Title = string.Join(' ', Words(language, TitleWords, random)),
                Text = string.Join(' ', text) + ".",
                Language = language.Code,
                Tags = [Tags[random.Next(Tags.Length)]],
                PublishedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 500_000)),
                ContentHash = $"h{i}",
            };
        }
        return articles;
    }

    private static List<string> Words(SyntheticLanguage language, int count, Random random)
    {
        var words = new List<string>(count + 3);
        for (var i = 0; i < count; i++) words.Add(language.TextWord(random));
        return words;
    }

    /// <summary>A person as a watchlist entry: first name and surname, with the Latin spelling and the bare surname as aliases.</summary>
    private static WatchlistEntry Person(Random random, SyntheticLanguage language)
    {
        var first = Capitalise(language.QueryStem(random));
        var surname = Capitalise(language.QueryStem(random)) + (language.Code == "en" ? "son" : "ов");
        return new WatchlistEntry
        {
            Text = $"{first} {surname}",
            Kind = WatchlistEntryKind.Person,
            Aliases = [Latin($"{first} {surname}"), surname],
        };
    }

    /// <summary>The person as text would name them: surname alone or full name, inflected as a surname is in that language.</summary>
    private static string Mention(WatchlistEntry person, SyntheticLanguage language, Random random)
    {
        var surname = person.Aliases[^1];
        var inflected = language.Code == "en" ? surname + (random.Next(2) == 0 ? "'s" : "") : surname + new[] { "", "а", "у", "ым" }[random.Next(4)];
        return random.Next(2) == 0 ? inflected : $"{person.Text.Split(' ')[0]} {inflected}";
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly Dictionary<char, string> CyrillicToLatin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "gh", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z", ['и'] = "i",
        ['й'] = "y", ['к'] = "k", ['қ'] = "q", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "ng", ['о'] = "o", ['ө'] = "o", ['п'] = "p",
        ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "u", ['ү'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch",
        ['ш'] = "sh", ['щ'] = "shch", ['ы'] = "y", ['і'] = "i", ['ә'] = "a", ['я'] = "ya",
    };

    private static string Latin(string text) =>
        string.Concat(text.Select(c => CyrillicToLatin.TryGetValue(char.ToLowerInvariant(c), out var latin)
            ? (char.IsUpper(c) ? Capitalise(latin) : latin)
            : c.ToString()));
}
