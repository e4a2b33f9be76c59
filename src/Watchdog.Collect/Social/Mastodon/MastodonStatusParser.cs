using System.Text.Json;

namespace Watchdog.Collect.Social.Mastodon;

/// <summary>
/// Reads Mastodon (and compatible Fediverse servers') public REST API answers: a list of statuses
/// (<c>/api/v1/timelines/tag/:tag</c>, <c>/api/v1/accounts/:id/statuses</c>, <c>/api/v1/timelines/public</c>), one status,
/// search results (<c>{"statuses": […]}</c>), or a status's context (<c>{"ancestors": […], "descendants": […]}</c>). The public RSS of an account or tag (<c>/@user.rss</c>,
/// <c>/tags/x.rss</c>) goes through <see cref="FeedPosts"/>.
/// </summary>
public static class MastodonStatusParser
{
    public const string Platform = "mastodon";

    public static SocialPage Parse(string text, Uri? pageUrl)
    {
        if (FeedPosts.LooksLikeXml(text)) return FeedPosts.Parse(text, pageUrl, Platform);
        using var json = SocialJson.TryParse(text, out var problem);
        if (json is null) return SocialPage.Failed($"not a Mastodon API answer: {problem}");
        var root = json.RootElement;
        if (root.Str("error") is { } error) return SocialPage.Failed($"the Mastodon server answered with an error: {error}");
        var statuses = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().ToList(),
            JsonValueKind.Object when root.Member("statuses") is { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().ToList(),
            // A status's context (/api/v1/statuses/:id/context): the thread around it.
            JsonValueKind.Object when root.Member("descendants") is not null || root.Member("ancestors") is not null =>
                root.Items("ancestors").Concat(root.Items("descendants")).ToList(),
            JsonValueKind.Object when root.Member("content") is not null && root.Member("account") is not null => [root],
            _ => null,
        };
        if (statuses is null) return SocialPage.Failed("not a Mastodon API answer: expected a list of statuses (objects with id, created_at, account and content)");

        var posts = new List<SocialPost>();
        var problems = new List<string>();
        foreach (var status in statuses)
        {
            if (Read(status, pageUrl) is { } post) posts.Add(post);
            else problems.Add($"a status without id or account was skipped: {Preview(status)}");
        }
        return new SocialPage(posts, problems);
    }

    private static SocialPost? Read(JsonElement status, Uri? pageUrl)
    {
        var id = status.Str("id");
        var account = status.Member("account");
        if (id is null || account is null) return null;
        // A boost carries the boosted status; its author wrote the text, the booster put it in this timeline.
        var reblog = status.Member("reblog");
        var isBoost = reblog is { ValueKind: JsonValueKind.Object };
        var shown = isBoost ? reblog!.Value : status;
        var author = shown.Member("account") ?? account.Value;
        var (text, links) = SocialText.FromHtml(shown.Str("content"), pageUrl);
        if (shown.Str("spoiler_text") is { Length: > 0 } warning) text = $"{warning}\n\n{text}".Trim();
        if (shown.Member("card") is { } card && SocialText.Resolve(null, card.Str("url")) is { } cardUrl && !links.Contains(cardUrl)) links = [.. links, cardUrl];
        var permalink = SocialText.Resolve(pageUrl, shown.Str("url")) ?? SocialText.Resolve(pageUrl, shown.Str("uri"));
        return new SocialPost
        {
            Platform = Platform,
            Id = id,
            Url = permalink,
            PublishedAt = shown.Time("created_at") ?? status.Time("created_at"),
            Author = Acct(author),
            AuthorName = Parsing.FirstText(author.Str("display_name")),
            Text = text,
            Html = shown.Str("content"),
            RepostedBy = isBoost ? Acct(account.Value) : null,
            Links = links,
            Media = shown.Items("media_attachments").Select(m => m.Str("type") ?? "media").ToList(),
            Engagement = Parsing.Counts(
                (EngagementKeys.Replies, shown.Long("replies_count")),
                (EngagementKeys.Reposts, shown.Long("reblogs_count")),
                (EngagementKeys.Likes, shown.Long("favourites_count"))),
            Language = shown.Str("language"),
        };
    }

    /// <summary>user@server: local accounts are written without their server, which their profile URL gives.</summary>
    private static string? Acct(JsonElement account)
    {
        var acct = account.Str("acct") ?? account.Str("username");
        if (acct is null || acct.Contains('@', StringComparison.Ordinal)) return acct;
        return SocialText.Resolve(null, account.Str("url")) is { } profile ? $"{acct}@{profile.Host}" : acct;
    }

    private static string Preview(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "…";
    }
}
