using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Watchdog.Core.Text;

namespace Watchdog.Extract.Evaluation;

/// <summary>
/// One page of an extraction benchmark: its id, address, raw HTML bytes and hand-written article body
/// (null when the folder's answers are withheld: the page is extracted, not scored).
/// </summary>
public sealed record BenchmarkPage(string Id, Uri Url, byte[] Html, string? ExpectedBody)
{
    /// <summary>Why the page's file could not be read (a broken gzip stream); the page is then extracted as empty.</summary>
    public string? ReadProblem { get; init; }
}

/// <summary>
/// Reads a folder in the article-extraction-benchmark shape: <c>ground-truth.json</c> mapping ids to
/// <c>{ "articleBody", "url" }</c>, and <c>html/&lt;id&gt;.html</c> or <c>html/&lt;id&gt;.html.gz</c>.
/// Without <c>ground-truth.json</c> (answers withheld) every page under <c>html/</c> is read, unscored.
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
        return File.Exists(truthPath) ? LoadWithTruth(dataDir, truthPath) : LoadWithoutTruth(dataDir);
    }

    private static List<BenchmarkPage> LoadWithTruth(string dataDir, string truthPath)
    {
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

    private static List<BenchmarkPage> LoadWithoutTruth(string dataDir)
    {
        var folder = Path.Combine(dataDir, HtmlFolder);
        if (!Directory.Exists(folder))
            throw new InvalidDataException($"No {GroundTruthFile} and no {HtmlFolder}/ folder in '{dataDir}'.");
        var ids = ListHtmlFiles(dataDir).Select(PageId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) throw new InvalidDataException($"No .html or .html.gz files in '{folder}'.");
        return ids.Select(id => ReadUnscored(dataDir, id)).ToList();
    }

    // Without answers the run is for predictions: one unreadable file is reported against its page, not fatal to the rest.
    private static BenchmarkPage ReadUnscored(string dataDir, string id)
    {
        try
        {
            return new BenchmarkPage(id, PlaceholderUrl, ReadHtml(dataDir, id) ?? [], null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return new BenchmarkPage(id, PlaceholderUrl, [], null) { ReadProblem = $"unreadable file: {ex.Message}" };
        }
    }

    /// <summary>The page id a file name stands for, or null for files that are not pages.</summary>
    private static string? PageId(string fileName) =>
        fileName.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^".html.gz".Length]
        : fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? fileName[..^".html".Length]
        : null;

    /// <summary>The sorted list of HTML file names, for pinning which corpus a baseline was measured on.</summary>
    public static IReadOnlyList<string> ListHtmlFiles(string dataDir) =>
        Directory.EnumerateFiles(Path.Combine(dataDir, HtmlFolder))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    // Throws on invalid bytes instead of putting U+FFFD in, so a page in another charset is noticed.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes benchmark HTML: the published corpus is UTF-8 (a BOM, if any, is honoured). A page that is
    /// not valid UTF-8 was saved in its own charset, which the page's meta tag or sniffing then finds.
    /// </summary>
    public static string DecodeHtml(byte[] html)
    {
        try
        {
            using var reader = new StreamReader(new MemoryStream(html), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return CharsetDecoder.Decode(html, contentType: null).Text;
        }
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
