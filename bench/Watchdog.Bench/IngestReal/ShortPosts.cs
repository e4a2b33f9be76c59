using System.Text.Json;
using Watchdog.Analysis.Languages.Evaluation;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// Short social posts for the memory run, as a Mastodon tag timeline answers them (GET /api/v1/timelines/tag/:tag):
/// each post one or two sentences of ../shared/data/langid/sentences in Russian, Kazakh or English (under
/// <see cref="MaxChars"/> characters, so the detector scores them with every n-gram order, as it does the demo's posts)
/// and no language given, so the service must detect it. Posts are drawn at random (seeded by their number).
/// </summary>
public sealed class ShortPosts
{
    /// <summary>Statuses in one timeline answer: Mastodon's limit, which the service asks for.</summary>
    public const int PerTimeline = 40;

    /// <summary>From 120 cleaned characters a text is scored by trigrams alone (as Lingua does): posts stay below.</summary>
    private const int MaxChars = 120;

    private static readonly string[] Languages = ["ru", "kk", "en"];

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _sentences;

    private ShortPosts(IReadOnlyDictionary<string, IReadOnlyList<string>> sentences) => _sentences = sentences;

    public string Description =>
        $"short posts: one or two sentences of ../shared/data/langid/sentences under {MaxChars} characters ({string.Join(", ", _sentences.Select(s => $"{s.Key} {s.Value.Count}"))} sentences), no language given, {PerTimeline} per Mastodon tag timeline";

    public static ShortPosts Load(string langidFolder)
    {
        var sentences = LabelledTextFolder.Load(langidFolder)
            .Where(item => item.Kind == "sentences" && Languages.Contains(item.Language) && item.Text.Length < MaxChars / 2)
            .GroupBy(item => item.Language)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(item => item.Text)], StringComparer.Ordinal);
        return new ShortPosts(sentences);
    }

    /// <summary>The timeline of tag number <paramref name="timeline"/>: <see cref="PerTimeline"/> statuses, newest first.</summary>
    public string Timeline(Uri site, int timeline)
    {
        var statuses = Enumerable.Range(0, PerTimeline).Select(i =>
        {
            var n = (timeline * PerTimeline) + i;
            var id = (1_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Dictionary<string, object?>
            {
                ["id"] = id,
                ["created_at"] = DateTimeOffset.UtcNow.AddMinutes(-i).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["language"] = null,
                ["url"] = new Uri(site, $"/@bench/{id}").AbsoluteUri,
                ["content"] = $"<p>{System.Net.WebUtility.HtmlEncode(Text(n))}</p>",
                ["account"] = new Dictionary<string, object?> { ["id"] = "1", ["username"] = "bench", ["acct"] = "bench", ["url"] = new Uri(site, "/@bench").AbsoluteUri },
            };
        });
        return JsonSerializer.Serialize(statuses);
    }

    private string Text(int n)
    {
        var random = new Random(n);
        var pool = _sentences[Languages[n % Languages.Length]];
        var first = pool[random.Next(pool.Count)];
        var second = pool[random.Next(pool.Count)];
        return first.Length + 1 + second.Length <= MaxChars ? $"{first} {second}" : first;
    }
}
