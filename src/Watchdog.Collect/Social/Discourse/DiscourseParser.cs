using System.Text.Json;

namespace Watchdog.Collect.Social.Discourse;

/// <summary>
/// Reads a Discourse forum's public JSON: a topic (<c>/t/&lt;id&gt;.json</c>, and <c>/t/&lt;id&gt;/posts.json</c>:
/// <c>post_stream.posts[]</c> with <c>id</c>, <c>username</c>, <c>name</c>, <c>created_at</c>, <c>cooked</c> HTML,
/// <c>post_number</c>), the latest posts of the whole forum (<c>/posts.json</c>: <c>latest_posts[]</c>), or a topic list
/// (<c>/latest.json</c>: <c>topic_list.topics[]</c>, whose topics are then read for their posts).
/// </summary>
public static class DiscourseParser
{
    public const string Platform = "discourse";

    /// <summary>Discourse renders a quote of another post as an aside; those words are not the poster's own.</summary>
    private const string QuotedPosts = "aside.quote";

    public static SocialPage Parse(string text, Uri? pageUrl)
    {
        using var json = SocialJson.TryParse(text, out var problem);
        if (json is null) return SocialPage.Failed($"not a Discourse answer: {problem}");
        var root = json.RootElement;
        if (root.Items("errors").FirstOrDefault() is { ValueKind: JsonValueKind.String } error) return SocialPage.Failed($"Discourse answered with an error: {error.GetString()}");
        var forum = ForumBase(pageUrl);

        if (root.Member("post_stream")?.Member("posts") is { ValueKind: JsonValueKind.Array } stream)
        {
            var topic = (Id: root.Long("id"), Slug: root.Str("slug"), Title: root.Str("title"));
            return new SocialPage(stream.EnumerateArray().Select(p => Read(p, forum, topic)).OfType<SocialPost>().ToList(), [])
            {
                Title = topic.Title,
                MorePages = MissingPostsPages(root, forum),
            };
        }
        if (root.Member("latest_posts") is { ValueKind: JsonValueKind.Array } latest)
            return new SocialPage(latest.EnumerateArray().Select(p => Read(p, forum, (null, null, null))).OfType<SocialPost>().ToList(), []);
        if (root.Member("topic_list")?.Member("topics") is { ValueKind: JsonValueKind.Array } topics)
            return ReadTopicList(root, topics, forum);
        // /search.json: matching posts with a plain-text blurb instead of cooked HTML, their topics beside.
        if (root.Member("posts") is { ValueKind: JsonValueKind.Array } found && root.Member("topics") is { ValueKind: JsonValueKind.Array } foundTopics)
        {
            var titles = foundTopics.EnumerateArray().Where(t => t.Long("id") is not null).GroupBy(t => t.Long("id")!.Value).ToDictionary(g => g.Key, g => g.First());
            return new SocialPage(found.EnumerateArray().Select(p =>
            {
                var topic = p.Long("topic_id") is { } id && titles.TryGetValue(id, out var t) ? (id, t.Str("slug"), t.Str("title")) : ((long?)null, (string?)null, (string?)null);
                var post = Read(p, forum, topic);
                return post is { Text.Length: 0 } ? post with { Text = p.Str("blurb") ?? "" } : post;
            }).OfType<SocialPost>().ToList(), []);
        }
        return SocialPage.Failed("not a Discourse answer: expected post_stream.posts (/t/<id>.json), latest_posts (/posts.json) or topic_list.topics (/latest.json)");
    }

    private static SocialPost? Read(JsonElement post, Uri? forum, (long? Id, string? Slug, string? Title) topic)
    {
        var id = post.Long("id");
        if (id is null) return null;
        var topicId = post.Long("topic_id") ?? topic.Id;
        var slug = post.Str("topic_slug") ?? topic.Slug ?? "-";
        var number = post.Long("post_number");
        var html = post.Str("cooked");
        var (text, links) = SocialText.FromHtml(html, forum, leaveOut: QuotedPosts);
        Uri? url = null;
        if (forum is not null && topicId is not null)
            url = new Uri(forum, $"t/{slug}/{topicId}" + (number is > 1 ? $"/{number}" : ""));
        return new SocialPost
        {
            Platform = Platform,
            Id = id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Url = url,
            PublishedAt = post.Time("created_at"),
            Author = post.Str("username"),
            AuthorName = Parsing.FirstText(post.Str("name")),
            Title = post.Str("topic_title") ?? topic.Title,
            Text = Parsing.FirstText(text, post.Str("raw")) ?? "",
            Html = html,
            Links = links,
            Engagement = Parsing.Counts(
                (EngagementKeys.Likes, LikeCount(post)),
                (EngagementKeys.Replies, post.Long("reply_count")),
                (EngagementKeys.Views, post.Long("reads"))),
        };
    }

    /// <summary>Likes: a plain like_count on newer servers, the "like" action (id 2) in actions_summary on older ones.</summary>
    private static long? LikeCount(JsonElement post) =>
        post.Long("like_count") ?? post.Items("actions_summary").Where(a => a.Long("id") == 2).Select(a => a.Long("count")).FirstOrDefault();

    /// <summary>
    /// A topic page carries its first 20 posts and the ids of all (post_stream.stream); the rest are read from
    /// /t/&lt;id&gt;/posts.json?post_ids[]=…, 20 at a time.
    /// </summary>
    private static List<Uri> MissingPostsPages(JsonElement root, Uri? forum)
    {
        if (forum is null || root.Long("id") is not { } topicId) return [];
        var loaded = root.Member("post_stream")!.Value.Items("posts").Select(p => p.Long("id")).ToHashSet();
        var missing = root.Member("post_stream")!.Value.Items("stream").Select(s => s.ValueKind == JsonValueKind.Number ? s.GetInt64() : (long?)null)
            .OfType<long>().Where(id => !loaded.Contains(id)).ToList();
        return missing.Chunk(20)
            .Select(chunk => new Uri(forum, $"t/{topicId}/posts.json?" + string.Join('&', chunk.Select(id => $"post_ids[]={id}"))))
            .ToList();
    }

    /// <summary>A topic list names topics, not posts: each topic is an item (its title and excerpt) and a page to read.</summary>
    private static SocialPage ReadTopicList(JsonElement root, JsonElement topics, Uri? forum)
    {
        var users = root.Items("users").Where(u => u.Long("id") is not null).GroupBy(u => u.Long("id")!.Value).ToDictionary(g => g.Key, g => g.First());
        var posts = new List<SocialPost>();
        var pages = new List<Uri>();
        foreach (var topic in topics.EnumerateArray())
        {
            if (topic.Long("id") is not { } id) continue;
            var slug = topic.Str("slug") ?? "-";
            var poster = topic.Items("posters").Select(p => p.Long("user_id")).FirstOrDefault();
            var user = poster is { } userId && users.TryGetValue(userId, out var found) ? found : (JsonElement?)null;
            var title = topic.Str("title") ?? topic.Str("fancy_title");
            posts.Add(new SocialPost
            {
                Platform = Platform,
                Id = $"topic-{id}",
                Url = forum is null ? null : new Uri(forum, $"t/{slug}/{id}"),
                PublishedAt = topic.Time("created_at"),
                Author = user?.Str("username") ?? topic.Str("last_poster_username"),
                AuthorName = Parsing.FirstText(user?.Str("name")),
                Title = title,
                Text = Parsing.FirstText(SocialText.FromHtml(topic.Str("excerpt"), forum).Text, title) ?? "",
                Engagement = Parsing.Counts(
                    (EngagementKeys.Views, topic.Long("views")),
                    (EngagementKeys.Likes, topic.Long("like_count")),
                    (EngagementKeys.Replies, topic.Long("posts_count") is { } count ? count - 1 : null)),
            });
            if (forum is not null) pages.Add(new Uri(forum, $"t/{id}.json"));
        }
        return new SocialPage(posts, []) { MorePages = pages, PostsAreTopicSummaries = true };
    }

    /// <summary>The forum's root, with a trailing slash: what comes before /t/, /posts.json or /latest.json (sub-folder installs keep their folder).</summary>
    public static Uri? ForumBase(Uri? pageUrl)
    {
        if (pageUrl is null || pageUrl.Scheme is not ("http" or "https")) return null;
        var path = pageUrl.AbsolutePath;
        foreach (var marker in new[] { "/t/", "/posts.json", "/latest.json", "/latest", "/top.json", "/c/", "/tag/" })
        {
            var at = path.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) return new Uri(pageUrl, path[..at] + "/");
        }
        return new Uri(pageUrl, path.EndsWith('/') ? path : path + "/");
    }
}
