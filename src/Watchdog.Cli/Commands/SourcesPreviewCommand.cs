using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Collect.Social;
using Watchdog.Core.Sources;
using Watchdog.Core.Text;
using Watchdog.Pipeline.Preview;

namespace Watchdog.Cli.Commands;

/// <summary>
/// `watchdog sources preview URL|FILE [--kind K] [--url ADDRESS] [--json]`: the posts a fetch of a social source would
/// produce, from the live address (first page only, nothing stored) or from a saved page or API answer, offline.
/// </summary>
public static class SourcesPreviewCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("URL|FILE") { Description = "A social address (t.me/s/…, a Mastodon tag, a subreddit…) or a saved page or API answer" };
        var kind = new Option<string?>("--kind") { Description = "How to read it: " + string.Join(", ", SocialParser.Kinds.Select(k => k.Name())) + " (required for a FILE; a URL is recognised)" };
        kind.AcceptOnlyFromAmong(SocialParser.Kinds.Select(k => k.Name()).ToArray());
        var origin = new Option<string?>("--url") { Description = "For a FILE: the address it was saved from, to make permalinks of relative links" };
        var json = GlobalOptions.Json("the items (id, url, publishedAt, author, text, platform, engagement…) and any problems");
        var command = new Command("preview", "Show the posts a social source would give, from its address or from a saved file, without storing anything") { target, kind, origin, json };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(kind) is { } name ? Enum.Parse<SourceKind>(name, ignoreCase: true) : (SourceKind?)null;
            var (resolvedKind, page, source) = await ReadAsync(parse, parse.GetRequiredValue(target), chosen, parse.GetValue(origin), ct);
            var problem = page.IsFailure ? page.Problems[0] : page.Posts.Count == 0 ? "no posts found in the document" : null;
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, SocialPreview.From(resolvedKind, source, page));
            else await WriteSummaryAsync(Terminal.Output(parse), page);
            if (problem is not null) throw new CommandFailedException(problem);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<(SourceKind, SocialPage, string)> ReadAsync(ParseResult parse, string target, SourceKind? kind, string? origin, CancellationToken ct)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var detected = kind ?? SocialSourceDetector.Detect(url)
                ?? throw new UsageException($"{url} is not an address Watchdog recognises as a social source; give --kind ({string.Join(", ", SocialParser.Kinds.Select(k => k.Name()))}).");
            return (detected, await FetchAsync(parse, url, detected, ct), url.AbsoluteUri);
        }
        if (!File.Exists(target)) throw new UsageException($"'{target}' is neither a file nor an http(s) URL.");
        if (kind is null) throw new UsageException($"reading a file needs --kind ({string.Join(", ", SocialParser.Kinds.Select(k => k.Name()))}).");
        Uri? pageUrl = null;
        if (origin is not null && (!Uri.TryCreate(origin, UriKind.Absolute, out pageUrl) || pageUrl.Scheme is not ("http" or "https")))
            throw new UsageException($"--url '{origin}' is not an absolute http(s) URL.");
        var text = CharsetDecoder.Decode(await File.ReadAllBytesAsync(target, ct), contentType: null).Text;
        return (kind.Value, SocialParser.Parse(kind.Value, text, pageUrl, DateTimeOffset.UtcNow), Path.GetFullPath(target));
    }

    private static async Task<SocialPage> FetchAsync(ParseResult parse, Uri url, SourceKind kind, CancellationToken ct)
    {
        await using var services = CliServices.Open(parse);
        var (page, unreachable) = await services.GetRequiredService<SourcePreviewer>().ReadSocialAsync(url, kind, ct);
        return page ?? throw new CommandFailedException(unreachable!);
    }

    private static async Task WriteSummaryAsync(TextWriter output, SocialPage page)
    {
        if (page.Title is not null) await output.WriteLineAsync($"title: {page.Title}");
        await output.WriteLineAsync($"posts: {page.Posts.Count}");
        foreach (var post in page.Posts)
        {
            var text = post.Text.ReplaceLineEndings(" ");
            await output.WriteLineAsync($"- {post.PublishedAt?.ToString("o") ?? "(no time)"}  {post.Author ?? "(no author)"}  {(text.Length > 100 ? text[..100] + "…" : text)}");
            await output.WriteLineAsync($"  {post.Url?.AbsoluteUri ?? post.Id}");
        }
        if (page.Older is not null) await output.WriteLineAsync($"older: {page.Older}");
        if (page.Next is not null) await output.WriteLineAsync($"next:  {page.Next}");
        foreach (var problem in page.Problems) await output.WriteLineAsync($"problem: {problem}");
    }
}

/// <summary>What `sources preview --json` prints.</summary>
/// <param name="Kind">The source kind the document was read as.</param>
/// <param name="Source">The address or file read.</param>
/// <param name="Items">The posts, as <see cref="SocialPost"/> serialises.</param>
/// <param name="Older">Older posts' page; <paramref name="Next"/>: a thread's next page; <paramref name="MorePages"/>: further pages with posts.</param>
public sealed record SocialPreview(
    string Kind, string Source, string? Title, int Count, IReadOnlyList<SocialPost> Items, IReadOnlyList<string> Problems,
    Uri? Older, Uri? Next, IReadOnlyList<Uri> MorePages)
{
    public static SocialPreview From(SourceKind kind, string source, SocialPage page) =>
        new(kind.Name(), source, page.Title, page.Posts.Count, page.Posts, page.Problems, page.Older, page.Next, page.MorePages);
}
