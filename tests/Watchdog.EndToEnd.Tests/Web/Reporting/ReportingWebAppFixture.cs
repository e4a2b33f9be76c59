using System.Security.Cryptography;
using System.Text;
using Watchdog.Core.Articles;
using Watchdog.Pipeline.Stages.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Stages.Stories;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>
/// The web app with the sample corpus plus a topic dated relative to now, so default periods ("the last 30 days",
/// "the last 3 days") have something to count: one article a day about the river Irtysh for six weeks, a burst of
/// <see cref="EventArticles"/> reports of one flood yesterday, two unrelated recent articles, and one article whose
/// title looks like a spreadsheet formula. Loopback fetching is on, so the site audit may reach a local test site.
/// </summary>
public sealed class ReportingWebAppFixture : WebAppFixture
{
    public const string Topic = "Irtysh";
    public const string FormulaTitle = "=1+2 Irtysh barge tariffs";
    public const int EventArticles = 8;
    public const int QuietDays = 45;

    private static readonly string[] QuietTopics =
    [
        "barge tariffs rise for grain shippers", "fishing quotas set for the spring season", "bridge repairs close one lane",
        "water quality tests at the city beach", "ferry timetable changes for the winter", "birdwatchers count migrating geese",
    ];

    private static readonly string[] EventTitles =
    [
        "Irtysh flood in Semey: dam breach forces evacuation", "Semey evacuates residents as Irtysh dam breach floods streets",
        "Dam breach on the Irtysh: Semey flood evacuation continues", "Rescuers evacuate Semey residents after Irtysh dam breach",
        "Irtysh water level rises in Semey after dam breach", "Semey flood: Irtysh dam breach leaves streets under water",
        "Evacuation in Semey as the Irtysh floods after dam breach", "Irtysh dam breach: Semey flood shelters open for residents",
    ];

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Watchdog:Fetcher:AllowLoopback"] = "true" };

    /// <summary>When the topic was seeded; its articles are dated back from the start of this UTC day.</summary>
    public DateTimeOffset SeededAt { get; private set; }

    public Source Desk { get; private set; } = null!;

    /// <summary>Every article of the topic, as stored (with ids).</summary>
    public IReadOnlyList<Article> TopicArticles { get; private set; } = [];

    /// <summary>The reports of the flood (seeded last).</summary>
    public IReadOnlyList<Article> Flood => [.. TopicArticles.TakeLast(EventArticles)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SeededAt = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(SeededAt.UtcDateTime.Date, TimeSpan.Zero);
        Desk = await Service<ISourceStore>().AddAsync(new Source { Url = new Uri("http://irtysh-desk.example/feed.xml"), Kind = SourceKind.Feed, Title = "Irtysh Desk" }, CancellationToken.None);

        var drafts = new List<(string Title, string Text, DateTimeOffset At)>();
        for (var day = 4; day <= QuietDays; day++)
        {
            var topic = QuietTopics[day % QuietTopics.Length];
            drafts.Add(($"Irtysh river notes: {topic}", $"Along the Irtysh this week {topic}. Local officials said the {topic.Split(' ')[0]} question is routine. Day {day}.", today.AddDays(-day).AddHours(12)));
        }
        drafts.Add((FormulaTitle, "Shippers on the Irtysh complain about barge tariffs and port fees.", today.AddDays(-6).AddHours(15)));
        drafts.Add(("Irtysh fishing quotas announced", "The regional office published fishing quotas for pike and perch on the Irtysh.", today.AddDays(-2).AddHours(9)));
        drafts.Add(("Irtysh birdwatchers count geese", "Volunteers counted migrating geese on islands of the Irtysh near Pavlodar.", today.AddDays(-2).AddHours(16)));
        for (var i = 0; i < EventArticles; i++)
        {
            drafts.Add((EventTitles[i],
                $"A dam breach on the Irtysh flooded streets of Semey. Rescuers evacuated residents as the water level rose; shelters opened in schools. Report {i + 1} from the flood zone.",
                today.AddDays(-1).AddHours(8 + i)));
        }

        var articles = Service<IArticleStore>();
        var stored = new List<Article>();
        foreach (var (title, text, at) in drafts)
        {
            // Tone as ingest computes it (ArticleComposer), so trends count real tones.
            var result = await articles.AddAsync(ArticleComposer.WithTone(ToArticle(title, text, at)), CancellationToken.None);
            stored.Add(result.Article);
        }
        await Service<ISearchIndex>().IndexAsync(stored, CancellationToken.None);
        await articles.MarkIndexedAsync([.. stored.Select(a => a.Id)], CancellationToken.None);
        // Workers do not run here: give the stories as the ingest stage would.
        await Service<StoryAssigner>().AssignPendingAsync(CancellationToken.None);
        TopicArticles = stored;
    }

    private Article ToArticle(string title, string text, DateTimeOffset at)
    {
        var url = new Uri($"http://irtysh-desk.example/{at:yyyyMMddHH}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..8]}");
        return new Article
        {
            SourceId = Desk.Id,
            Url = url,
            CanonicalUrl = url,
            Title = title,
            Text = text,
            PublishedAt = at,
            FetchedAt = at.AddMinutes(5),
            Language = "en",
            SiteName = Desk.Title,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + text))),
        };
    }
}
