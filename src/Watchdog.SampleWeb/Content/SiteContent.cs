using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchdog.SampleWeb.Content;

/// <summary>Everything bundled for one sample site, read from the embedded <c>Sites/&lt;site&gt;/</c> resources.</summary>
/// <param name="Templates">HTML templates by file name (article.html, index.html, list-item.html, 404.html).</param>
/// <param name="StaticFiles">Files served as they are (after <c>{{base}}</c> substitution), by URL path.</param>
public sealed record SiteContent(
    string Name,
    SiteManifest Manifest,
    IReadOnlyDictionary<string, string> Templates,
    IReadOnlyList<SampleArticle> Articles,
    IReadOnlyDictionary<string, string> StaticFiles)
{
    private const string ResourcePrefix = "SampleWeb/";

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public SiteContent WithArticle(SampleArticle article) =>
        this with { Articles = [.. Articles.Where(a => a.Slug != article.Slug), article] };

    public string Template(string fileName) =>
        Templates.TryGetValue(fileName, out var template)
            ? template
            : throw new InvalidDataException($"Sample site '{Name}' has no templates/{fileName}.");

    public static SiteContent Load(string site)
    {
        var assembly = typeof(SiteContent).Assembly;
        var prefix = $"{ResourcePrefix}{site}/";
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (resources.Count == 0) throw new ArgumentException($"No bundled sample site named '{site}'.", nameof(site));

        string Read(string name) => ReadResource(assembly, name);
        IEnumerable<string> Under(string folder) => resources.Where(n => n.StartsWith(prefix + folder, StringComparison.Ordinal));

        var manifest = JsonSerializer.Deserialize<SiteManifest>(Read(prefix + "site.json"), ManifestJson)
            ?? throw new InvalidDataException($"{prefix}site.json is empty.");
        var templates = Under("templates/").ToDictionary(n => n[(prefix.Length + "templates/".Length)..], Read);
        var articles = Under("articles/").Order(StringComparer.Ordinal).Select(n => ArticleFileParser.Parse(Read(n), n)).ToList();
        var statics = Under("static/").ToDictionary(n => n[(prefix.Length + "static".Length)..], Read);
        return new SiteContent(site, manifest, templates, articles, statics);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
