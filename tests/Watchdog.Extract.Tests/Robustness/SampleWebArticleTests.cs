using Watchdog.Core.Articles;
using Watchdog.SampleWeb;

namespace Watchdog.Extract.Tests.Robustness;

/// <summary>The demo's own article pages, served on 127.0.0.1: their furniture must not become article text.</summary>
public sealed class SampleWebArticleTests
{
    // Furniture of the sample sites' templates, outside or after their <article>/<main>.
    private static readonly string[] Furniture =
    [
        "Курс валют", "Погода в Алматы", "Спасибо за материал", "Сайт cookie", "Skip to content", "Все права защищены",
    ];

    [Fact]
    public async Task Demo_articles_carry_no_top_bar_comment_or_footer_text()
    {
        await using var web = new SampleWebServer();
        await web.StartAsync(CancellationToken.None);
        using var http = new HttpClient();
        var articles = 0;
        foreach (var name in SampleSites.All)
        {
            var site = web.Site(name);
            foreach (var path in web.Paths(name).Where(p => p.EndsWith(".html", StringComparison.Ordinal) || !Path.HasExtension(p)))
            {
                using var response = await http.GetAsync(site.Url(path));
                if (!response.IsSuccessStatusCode) continue;
                var body = await response.Content.ReadAsByteArrayAsync();
                var article = ArticleExtractor.Extract(body, response.Content.Headers.ContentType?.ToString(), site.Url(path));
                if (article.Kind != PageKind.Article) continue;
                articles++;
                foreach (var words in Furniture) Assert.False(article.Text.Contains(words, StringComparison.Ordinal), $"{site.Url(path)} carries \"{words}\":\n{article.Text}");
            }
        }
        Assert.True(articles >= 8, $"only {articles} demo articles were found");
    }
}
