using System.Globalization;
using System.Text;
using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Bench.Matching;

namespace Watchdog.Bench.Stories;

/// <summary>
/// The live heap of one <see cref="StoryClusterer"/> over a long stream whose vocabulary keeps growing, as a service's
/// does over months: the same articles again and again, each round spread over <see cref="RoundLength"/> and dated
/// <see cref="RoundSpacing"/> after the last (so no copy joins a story of the previous round, and old stories close), each
/// copy with numbers and a name never seen before.
/// Stories are forgotten as the service's StoryAssigner forgets them (two closing ages before the newest article of each
/// batch), so what grows is what the clusterer keeps besides its stories. The process-wide word caches (stems, name keys,
/// up to 500,000 forms each) would grow with the new words too: they are filled with them before the heap's starting
/// figure is taken, so the figures are the clusterer's alone.
/// Synthetic vocabulary on real articles; prints the live heap, the clusterer's term count and its compactions after
/// every round, and the thread CPU an article (the heap measurements left out).
/// </summary>
internal static class LongStoryStream
{
    /// <summary>New numbers written into each copy of an article: numbers are most of a news stream's new anchors.</summary>
    private const int NewNumbersPerArticle = 5;

    private static readonly string[] Syllables = ["ка", "ра", "бе", "ту", "ло", "ми", "са", "ны", "жа", "ко", "ре", "ди"];

    /// <summary>The span of article time one round's articles are spread over.</summary>
    private static readonly TimeSpan RoundLength = TimeSpan.FromDays(1);

    /// <summary>
    /// A day more than the window between the last article of a round and the first of the next: similar pages of one
    /// round (pages share templates) would otherwise join a story of the previous one, and such chains never close.
    /// </summary>
    private static TimeSpan RoundSpacing(StoryClusteringOptions options) => RoundLength + options.Window + TimeSpan.FromDays(1);

    /// <param name="batchSize">Articles between two calls of <see cref="StoryClusterer.ForgetBefore"/>, as the service's batches.</param>
    public static void Run(IReadOnlyList<StoryArticle> articles, int rounds, StoryClusteringOptions options, int batchSize)
    {
        var spacing = RoundSpacing(options);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"long stream: {rounds} rounds of {articles.Count} articles over {RoundLength.TotalDays:F0} day, {spacing.TotalDays:F0} days apart (closing age {(options.Window * 2).TotalDays:F0} days), " +
            $"{NewNumbersPerArticle} new numbers and a new name in each; max terms {options.MaxTerms}"));
        var newWords = Enumerable.Range(0, rounds * articles.Count).Select(NewWords).ToList();
        WarmWordCaches(articles, newWords);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = new StoryClusterer(options);
        var cpu = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            var started = ThreadCpuClock.Now();
            for (var n = 0; n < articles.Count; n++)
            {
                var article = articles[n];
                var at = start + spacing * round + RoundLength * n / articles.Count;
                var id = round * articles.Count + n;
                clusterer.Add(article with { Id = id + 1, PublishedAt = at, Text = article.Text + newWords[id] });
                if ((n + 1) % batchSize == 0 || n == articles.Count - 1) clusterer.ForgetBefore(at - 2 * clusterer.ClosingAge);
            }
            cpu += ThreadCpuClock.Now() - started;
            var held = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  after {(round + 1) * articles.Count,7} articles: {held,6:F1} MB live heap, {clusterer.TermCount,8} terms, {clusterer.TermCompactions} compactions"));
        }
        GC.KeepAlive(clusterer);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {cpu * 1000 / (rounds * articles.Count):F2} ms CPU an article ({(ThreadCpuClock.IsThreadCpuTime ? "thread CPU" : "wall clock")}); " +
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }

    /// <summary>A sentence of numbers and a surname that no other article has.</summary>
    private static string NewWords(int unique)
    {
        var text = new StringBuilder(" По словам ").Append(Surname(unique)).Append(", в списке");
        for (var i = 0; i < NewNumbersPerArticle; i++) text.Append(' ').Append((1_000_000L + (long)unique * NewNumbersPerArticle + i).ToString(CultureInfo.InvariantCulture));
        return text.Append('.').ToString();
    }

    /// <summary>
    /// Puts every new word through the word caches in the language of the article it is written into: each sentence
    /// clustered alone (in one clusterer they would all join one story over their common words).
    /// </summary>
    private static void WarmWordCaches(IReadOnlyList<StoryArticle> articles, List<string> newWords)
    {
        for (var id = 0; id < newWords.Count; id++)
        {
            StoryClusterer.Cluster([new StoryArticle(id + 1, DateTimeOffset.UnixEpoch, articles[id % articles.Count].Language, "", newWords[id])]);
        }
    }

    private static string Surname(long unique)
    {
        var name = new StringBuilder("Ж");
        do
        {
            name.Append(Syllables[unique % Syllables.Length]);
            unique /= Syllables.Length;
        }
        while (unique > 0);
        return name.Append("ов").ToString();
    }
}
