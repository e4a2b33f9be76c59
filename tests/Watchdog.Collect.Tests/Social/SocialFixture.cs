using Watchdog.Collect.Social;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Social;

/// <summary>Reads a fixture of Fixtures/Social as the given kind.</summary>
internal static class SocialFixture
{
    /// <summary>A fixed "now" for forum times such as "Today, 10:02 AM".</summary>
    public static readonly DateTimeOffset Now = new(2024, 3, 13, 12, 0, 0, TimeSpan.Zero);

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Social", name));

    public static SocialPage Parse(SourceKind kind, string name, string? pageUrl = null) =>
        SocialParser.Parse(kind, Text(name), pageUrl is null ? null : new Uri(pageUrl), Now);

    /// <summary>What the independent check asks of every post: a permalink or id, a time, an author and text.</summary>
    public static void AssertComplete(SocialPost post)
    {
        Assert.False(string.IsNullOrWhiteSpace(post.Id));
        Assert.NotNull(post.PublishedAt);
        Assert.False(string.IsNullOrWhiteSpace(post.Author), $"post {post.Id} has no author");
        Assert.False(string.IsNullOrWhiteSpace(post.Text), $"post {post.Id} has no text");
    }
}
