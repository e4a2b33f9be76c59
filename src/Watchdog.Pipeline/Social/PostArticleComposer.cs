using Watchdog.Collect.Social;
using Watchdog.Core.Articles;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.Pipeline.Social;

/// <summary>Turns a post into the article to store: its text, author and time, with the platform and engagement beside. Pure.</summary>
public static class PostArticleComposer
{
    /// <summary>A post has no title of its own on most platforms; its first words stand in, cut at about this many characters.</summary>
    public const int HeadlineLength = 120;

    /// <returns>null when the post has no text (a photo or sticker alone): there is nothing to search or match.</returns>
    public static Article? Compose(SocialPost post, ArticleOrigin origin)
    {
        var text = post.Text.Trim();
        if (text.Length == 0) return null;
        // A post is analysed like any article, so tone shares cover posts too.
        return ArticleComposer.WithTone(new Article
        {
            SourceId = origin.SourceId,
            Url = origin.Url,
            CanonicalUrl = origin.Url,
            Title = Parsing(post.Title) ?? Headline(text),
            Text = text,
            Html = post.Html,
            Authors = post.Author is null ? [] : [post.Author],
            PublishedAt = post.PublishedAt,
            FetchedAt = origin.FetchedAt,
            Language = ArticleComposer.ChooseLanguage(text, post.Language),
            SiteName = post.Platform,
            Tags = origin.Tags,
            ContentHash = ArticleComposer.ContentHash(text),
            Social = new SocialDetails
            {
                Platform = post.Platform,
                PostId = post.Id,
                Author = post.Author,
                AuthorName = post.AuthorName,
                ForwardedFrom = post.ForwardedFrom,
                RepostedBy = post.RepostedBy,
                Engagement = post.Engagement,
            },
        });
    }

    /// <summary>The first line of the text, cut at a word boundary.</summary>
    public static string Headline(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? text;
        if (line.Length <= HeadlineLength) return line;
        var cut = line.LastIndexOf(' ', HeadlineLength);
        return line[..(cut > HeadlineLength / 2 ? cut : HeadlineLength)].TrimEnd(',', ';', ':', '-', ' ') + "…";
    }

    private static string? Parsing(string? title) => string.IsNullOrWhiteSpace(title) ? null : title.Trim();
}
