using System.Globalization;
using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Publishing;

/// <summary>
/// Invents the living demo's events and writes their reports, deterministically: event <c>n</c> of seed <c>s</c> is always the
/// same event. A report takes most of its topic's sentences in its own order, filled with the event's town, official and
/// numbers, so two reports of different events never share enough phrasing to be near-duplicates.
/// </summary>
public sealed class DemoNewsWriter(int seed)
{
    /// <summary>
    /// A report tells three of its topic's six sentences and two of the eight common ones: about seventy words, enough for the
    /// clusterer, and two reports of two events of one topic share about two sentences, far from near-duplicates.
    /// </summary>
    private const int TopicSentences = 4;
    private const int CommonSentences = 2;

    /// <summary>Share of events also reported in English; the rest only in Russian and Kazakh.</summary>
    private const double EnglishShare = 0.6;

    /// <summary>Creates event <paramref name="number"/>; <paramref name="topic"/> null draws one of <see cref="DemoTopics.All"/>.</summary>
    public DemoNewsEvent Event(int number, DateTimeOffset happenedAt, DemoTopic? topic = null)
    {
        var random = RandomFor(number);
        string[] languages = random.NextDouble() < EnglishShare ? ["ru", "kk", "en"] : ["ru", "kk"];
        return new DemoNewsEvent(
            number,
            topic ?? DemoTopics.All[random.Next(DemoTopics.All.Count)],
            DemoCast.Towns[random.Next(DemoCast.Towns.Count)],
            DemoCast.Officials[random.Next(DemoCast.Officials.Count)],
            happenedAt,
            Count1: random.Next(12, 480),
            Count2: random.Next(10, 96),
            Count3: random.Next(5, 10),
            languages);
    }

    /// <summary>The event's report in <paramref name="language"/>, on the site that publishes that language.</summary>
    public DemoReport Report(DemoNewsEvent news, string language, DateTimeOffset publishedAt)
    {
        var wording = news.Topic.Wording[language];
        // Which sentences: by event, so every language tells the same facts. Their order: by event and language, as two
        // newsrooms' would differ.
        var facts = RandomFor(news.Number * 7 + 1);
        var chosen = Pick(wording.Sentences, TopicSentences, facts).Concat(Pick(DemoCommonSentences.ByLanguage[language], CommonSentences, facts));
        var random = RandomFor(news.Number * 7 + language[0]);
        var sentences = chosen.OrderBy(_ => random.Next()).Select(s => Fill(s, news, language)).ToList();
        var title = Fill(wording.Titles[random.Next(wording.Titles.Count)], news, language);
        var article = new SampleArticle
        {
            Slug = $"live-{news.Number:D5}-{news.Topic.Key}-{language}",
            Title = title,
            Author = Authors[language][random.Next(Authors[language].Count)],
            PublishedAt = publishedAt,
            // The page prints the summary as its lead above the body, so the body goes on from the second sentence:
            // repeating the lead there made every stored text say its first sentence twice.
            Summary = sentences[0],
            Paragraphs = [string.Join(' ', sentences.Skip(1).Take(2)), string.Join(' ', sentences.Skip(3))],
            Tags = [news.Topic.Key],
            Language = language == SiteLanguage(SiteFor(news, language)) ? null : language,
        };
        return new DemoReport(SiteFor(news, language), article);
    }

    private static IEnumerable<string> Pick(IReadOnlyList<string> pool, int count, Random random) =>
        Enumerable.Range(0, pool.Count).OrderBy(_ => random.Next()).Take(count).Select(i => pool[i]).ToList();

    /// <summary>Russian and Kazakh go to the city news sites; English press-freedom news to the NGO blog, the rest to the review.</summary>
    private static string SiteFor(DemoNewsEvent news, string language) => language switch
    {
        "ru" => SampleSites.RussianNews,
        "kk" => SampleSites.KazakhNews,
        _ => news.Topic == DemoTopics.PressFreedom ? SampleSites.PressFreedomBlog : SampleSites.RegionalReview,
    };

    private static string SiteLanguage(string site) => site switch
    {
        SampleSites.RussianNews => "ru",
        SampleSites.KazakhNews => "kk",
        _ => "en",
    };

    private static string Fill(string text, DemoNewsEvent news, string language) => text
        .Replace("{place}", news.Town.In(language), StringComparison.Ordinal)
        .Replace("{person}", news.Official.In(language), StringComparison.Ordinal)
        .Replace("{time}", news.HappenedAt.ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{day}", news.HappenedAt.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", DemoCast.Month(language, news.HappenedAt.Month), StringComparison.Ordinal)
        .Replace("{n1}", news.Count1.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n2}", news.Count2.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n3}", news.Count3.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Not <see cref="HashCode"/>: it is randomised per process, and the demo must write the same news every run.</summary>
    private Random RandomFor(int number) => new(unchecked(seed * 1_000_003 + number) & int.MaxValue);

    private static readonly Dictionary<string, IReadOnlyList<string>> Authors = new()
    {
        ["ru"] = ["Анна Ли", "Олег Тен", "Редакция"],
        ["kk"] = ["Айдана Серік", "Бақыт Нұров", "Редакция"],
        ["en"] = ["Desk", "Staff reporter", "Regional desk"],
    };
}
