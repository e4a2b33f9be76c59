using System.Security.Cryptography;
using System.Text;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.SampleWeb;
using Watchdog.SampleWeb.Content;
using Watchdog.SampleWeb.Rendering;

namespace Watchdog.Testing;

/// <summary>
/// The bundled sample web's articles, stored and indexed straight through the stores (one source per site), so API and
/// browser tests and the search benchmark have a realistic Russian, Kazakh and English corpus without running the pipeline.
/// </summary>
public sealed record SeededCorpus(IReadOnlyList<Source> Sources, IReadOnlyList<Article> Articles)
{
    public static async Task<SeededCorpus> StoreAsync(ISourceStore sources, IArticleStore articles, ISearchIndex index, CancellationToken ct)
    {
        var storedSources = new List<Source>();
        var stored = new List<Article>();
        foreach (var site in SampleSites.All)
        {
            var content = SiteContent.Load(site);
            var context = new SiteContext(content, new Uri($"http://{site}.example/"));
            var source = await sources.AddAsync(new Source
            {
                Url = new Uri(context.Absolute(content.Manifest.FeedPath)),
                Kind = SourceKind.Feed,
                Title = content.Manifest.Title,
                Tags = [site],
            }, ct);
            storedSources.Add(source);
            foreach (var item in content.Articles)
            {
                var result = await articles.AddAsync(ToArticle(item, source.Id, context), ct);
                if (result.Added) stored.Add(result.Article);
            }
        }
        await index.IndexAsync(stored, ct);
        await articles.MarkIndexedAsync(stored.Select(a => a.Id).ToList(), ct);
        return new SeededCorpus(storedSources, stored);
    }

    public Source SourceOf(string site) => Sources.Single(s => s.Tags.Contains(site));

    private static Article ToArticle(SampleArticle item, long sourceId, SiteContext site)
    {
        var text = string.Join("\n\n", item.Paragraphs);
        var url = new Uri(site.UrlOf(item));
        return new Article
        {
            SourceId = sourceId,
            Url = url,
            CanonicalUrl = url,
            Title = item.Title,
            Text = text,
            Authors = [item.Author],
            PublishedAt = item.PublishedAt,
            FetchedAt = item.PublishedAt.AddMinutes(5),
            Language = item.Language ?? site.Manifest.Language,
            SiteName = site.Manifest.Title,
            Description = item.Summary,
            Tags = item.Tags,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }
}
