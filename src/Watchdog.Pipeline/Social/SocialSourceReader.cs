using Watchdog.Collect.Discovery;
using Watchdog.Collect.Social;
using Watchdog.Core.Sources;
using Watchdog.Core.Text;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Stages.Refresh;

namespace Watchdog.Pipeline.Social;

/// <summary>
/// Reads a social source's posts:
/// 1. map the source's address to the platform's public endpoint (<see cref="SocialEndpoints"/>);
/// 2. fetch it (robots.txt, per-host and per-platform delays, conditional GET) and parse the posts;
/// 3. follow pages: older posts of a channel, account or subreddit only while every post on a page is new (so the
///    history is read once, to <see cref="SocialSettings.HistoryPages"/>), a forum thread's next pages (pages that did
///    not change are read from the copy kept, to reach the last page where new posts land), a Discourse topic's
///    remaining posts.
/// Each post comes back as an item carrying the whole post; posts seen before are dropped when queued.
/// </summary>
public sealed class SocialSourceReader(TrackedFetcher fetcher, SocialSettings settings, TimeProvider clock)
{
    /// <summary>How many problems a reading reports; the rest repeat the same cause.</summary>
    private const int ReportedProblems = 5;

    public async Task<SourceReading> ReadAsync(Source source, CancellationToken ct)
    {
        var kind = source.Kind;
        var endpoint = SocialEndpoints.FirstPage(kind, source.Url, settings.VkServiceToken);
        if (endpoint.Url is null) return SourceReading.Failed(kind, endpoint.Problem!);
        var first = endpoint.Url;
        if (endpoint.DiscoverFeed)
        {
            var (feed, problem) = await DiscoverFeedAsync(source, first, ct);
            if (feed is null) return SourceReading.Failed(kind, problem!);
            first = feed;
        }

        var pending = new Queue<Uri>([first]);
        var visited = new HashSet<Uri>();
        var posts = new List<SocialPost>();
        var problems = new List<string>();
        string? title = null;
        var changed = false;
        var maxPages = kind is SourceKind.Forum or SourceKind.Discourse ? settings.ThreadPages : settings.HistoryPages;
        while (visited.Count < maxPages && pending.TryDequeue(out var url))
        {
            if (!visited.Add(url)) continue;
            var recordAs = url == endpoint.Url ? endpoint.RecordAs : null;
            var fetched = await fetcher.FetchAsync(url, source.Id, recordAs, ct);
            var shownUrl = recordAs ?? url;
            string text;
            if (fetched.IsUnchanged)
            {
                // A thread's early pages stay the same while new posts land on its last page: read on through the copy kept.
                if (kind != SourceKind.Forum || await fetcher.PreviousBodyAsync(fetched, ct) is not { } previous) continue;
                text = CharsetDecoder.Decode(previous, contentType: null).Text;
            }
            else if (!fetched.Result.HasBody)
            {
                var reason = $"{shownUrl}: {fetched.Result.Describe()}";
                if (visited.Count == 1) return SourceReading.Failed(kind, reason);
                problems.Add(reason);
                break;
            }
            else
            {
                text = fetched.Result.Text ?? CharsetDecoder.Decode(fetched.Result.Body!, fetched.Result.ContentType).Text;
                changed = true;
            }

            var page = SocialParser.Parse(kind, text, recordAs ?? fetched.Result.FinalUrl ?? url, clock.GetUtcNow());
            if (page.IsFailure)
            {
                if (visited.Count == 1) return SourceReading.Failed(kind, page.Problems[0]);
                problems.Add($"{shownUrl}: {page.Problems[0]}");
                break;
            }
            if (fetched.Result.HasBody) await fetcher.RememberAsync(fetched, ct);
            title ??= page.Title;
            problems.AddRange(page.Problems);
            var pagePosts = page.PostsAreTopicSummaries ? [] : page.Posts.Where(p => p.Url is not null).ToList();
            posts.AddRange(pagePosts);
            foreach (var next in await NextPagesAsync(kind, page, pagePosts, ct)) pending.Enqueue(next);
        }

        var items = posts.DistinctBy(p => p.Url).Select(p => new DiscoveredItem(p.Url!, Post: p)).ToList();
        var summary = problems.Count == 0 ? null : string.Join("; ", problems.Distinct().Take(ReportedProblems));
        return new SourceReading(kind, items, title, summary) { NotModified = !changed };
    }

    private async Task<IEnumerable<Uri>> NextPagesAsync(SourceKind kind, SocialPage page, List<SocialPost> posts, CancellationToken ct)
    {
        switch (kind)
        {
            case SourceKind.Forum:
                return page.Next is { } next ? [next] : [];
            case SourceKind.Discourse:
                return page.MorePages;
            default:
                if (page.Older is null || posts.Count == 0) return [];
                // Older pages hold only what was read before once a page shows a known post.
                foreach (var post in posts)
                    if (await fetcher.IsKnownAsync(post.Url!, ct)) return [];
                return [page.Older];
        }
    }

    /// <summary>A page (a YouTube @handle) whose advertised feed is what to read.</summary>
    private async Task<(Uri?, string?)> DiscoverFeedAsync(Source source, Uri page, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(page, source.Id, ct);
        byte[]? body = fetched.Result.HasBody ? fetched.Result.Body : fetched.IsUnchanged ? await fetcher.PreviousBodyAsync(fetched, ct) : null;
        if (body is null) return (null, $"{page}: {fetched.Result.Describe()}");
        if (fetched.Result.HasBody) await fetcher.RememberAsync(fetched, ct);
        var feeds = FeedDiscovery.Discover(CharsetDecoder.Decode(body, fetched.Result.ContentType).Text, fetched.Result.FinalUrl ?? page);
        return feeds is [var feed, ..] ? (feed.Url, null) : (null, $"{page} advertises no feed (<link rel=\"alternate\">); give the channel's /channel/UC… address instead");
    }
}
