using System.Globalization;
using System.Text.Json;

namespace Watchdog.Bench.SearchAtSize;

/// <summary>
/// A JSON Lines archive of N synthetic-from-real articles, generated line by line as it is read (no file of gigabytes):
/// each article's sentences are drawn from the <see cref="SentencePool"/> of its language; lengths follow a log-normal
/// distribution like news articles (median <see cref="MedianSentences"/> sentences); dates are spread evenly over the
/// year before <see cref="End"/>; each article belongs to one of <see cref="SourceCount"/> sources of its language.
/// Deterministic for a seed.
/// </summary>
public sealed class SyntheticArchive : TextReader
{
    public const int SourceCount = 300;
    /// <summary>Shares of ru, kk and en among the sources, as a Kazakhstani newsroom's sources might split.</summary>
    public static readonly (string Language, double Share)[] Languages = [("ru", 0.45), ("kk", 0.25), ("en", 0.30)];
    public const int MedianSentences = 16;
    /// <summary>Spread of the log-normal length: about a tenth of articles are under 7 sentences, a tenth over 35.</summary>
    public const double LengthSigma = 0.65;
    public const int MaxSentences = 200;
    public static readonly DateTimeOffset End = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SentencePool _pool;
    private readonly int _count;
    private readonly Random _random;
    private int _written;

    public SyntheticArchive(SentencePool pool, int count, int seed)
    {
        _pool = pool;
        _count = count;
        _random = new Random(seed);
    }

    public long TextChars { get; private set; }

    public static string SourceHost(int source) => $"news{source:000}.{SourceLanguage(source) switch { "kk" => "kz", "ru" => "ru", _ => "com" }}";

    public static string SourceLanguage(int source)
    {
        var at = (source + 0.5) / SourceCount;
        foreach (var (language, share) in Languages)
        {
            if (at < share) return language;
            at -= share;
        }
        return Languages[^1].Language;
    }

    public override string? ReadLine()
    {
        if (_written >= _count) return null;
        _written++;
        var source = _random.Next(SourceCount);
        var language = SourceLanguage(source);
        var sentences = _pool.ByLanguage[language];
        var length = Math.Clamp((int)Math.Round(MedianSentences * Math.Exp(LengthSigma * Normal())), 2, MaxSentences);
        var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => sentences[_random.Next(sentences.Length)]));
        TextChars += text.Length;
        var published = End - TimeSpan.FromSeconds(_random.NextDouble() * TimeSpan.FromDays(365).TotalSeconds);
        var host = SourceHost(source);
        return JsonSerializer.Serialize(new ArchiveLine(
            Url: string.Create(CultureInfo.InvariantCulture, $"https://{host}/{published:yyyy/MM/dd}/{_written}"),
            Title: Headline(sentences[_random.Next(sentences.Length)]),
            Text: text,
            Published: published.ToString("O", CultureInfo.InvariantCulture),
            Language: language,
            Source: new ArchiveSource($"News {source:000}", $"https://{host}/"),
            Author: _random.Next(2) == 0 ? null : $"Author {_random.Next(2_000)}"), Json);
    }

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

    public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());

    /// <summary>A headline is a sentence's first dozen words.</summary>
    private static string Headline(string sentence) => string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12)).TrimEnd('.', ',');

    /// <summary>Standard normal by Box–Muller.</summary>
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private sealed record ArchiveLine(string Url, string Title, string Text, string Published, string Language, ArchiveSource Source, string? Author);

    private sealed record ArchiveSource(string Name, string Url);
}
