using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Watchdog.Extract.Evaluation;

/// <summary>One page of an extraction benchmark: its id, address, raw HTML bytes and hand-written article body.</summary>
public sealed record BenchmarkPage(string Id, Uri Url, byte[] Html, string ExpectedBody);

/// <summary>
/// Reads a folder in the article-extraction-benchmark shape: <c>ground-truth.json</c> mapping ids to
/// <c>{ "articleBody", "url" }</c>, and <c>html/&lt;id&gt;.html</c> or <c>html/&lt;id&gt;.html.gz</c>.
/// </summary>
public static class BenchmarkCorpus
{
    public const string GroundTruthFile = "ground-truth.json";
    public const string HtmlFolder = "html";

    // Pages whose ground truth carries no address still need one to resolve relative links.
    private static readonly Uri PlaceholderUrl = new("http://example.invalid/");

    /// <exception cref="InvalidDataException">The folder is not in the benchmark's shape; the message says what is missing.</exception>
    public static IReadOnlyList<BenchmarkPage> Load(string dataDir)
    {
        var truthPath = Path.Combine(dataDir, GroundTruthFile);
        if (!File.Exists(truthPath)) throw new InvalidDataException($"No {GroundTruthFile} in '{dataDir}'.");
        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        if (truth.RootElement.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"{truthPath}: expected an object mapping page ids to {{ \"articleBody\": ... }}.");

        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var html = ReadHtml(dataDir, entry.Name)
                ?? throw new InvalidDataException($"No {HtmlFolder}/{entry.Name}.html or .html.gz in '{dataDir}'.");
            var body = ReadString(entry.Value, "articleBody") ?? "";
            var url = Uri.TryCreate(ReadString(entry.Value, "url"), UriKind.Absolute, out var parsed) ? parsed : PlaceholderUrl;
            pages.Add(new BenchmarkPage(entry.Name, url, html, body));
        }
        return pages;
    }

    /// <summary>The sorted list of HTML file names, for pinning which corpus a baseline was measured on.</summary>
    public static IReadOnlyList<string> ListHtmlFiles(string dataDir) =>
        Directory.EnumerateFiles(Path.Combine(dataDir, HtmlFolder))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Decodes benchmark HTML: the published corpus is UTF-8; a BOM, if any, is honoured.</summary>
    public static string DecodeHtml(byte[] html)
    {
        using var reader = new StreamReader(new MemoryStream(html), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static byte[]? ReadHtml(string dataDir, string id)
    {
        var plain = Path.Combine(dataDir, HtmlFolder, id + ".html");
        if (File.Exists(plain)) return File.ReadAllBytes(plain);
        var gzipped = plain + ".gz";
        if (!File.Exists(gzipped)) return null;
        using var input = new GZipStream(File.OpenRead(gzipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string? ReadString(JsonElement entry, string property) =>
        entry.ValueKind == JsonValueKind.Object
        && entry.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
