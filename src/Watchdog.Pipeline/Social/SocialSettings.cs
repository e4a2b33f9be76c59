namespace Watchdog.Pipeline.Social;

/// <summary>The <c>social:</c> section of watchdog.yaml: how far back social sources are read, and the VK token.</summary>
public sealed class SocialSettings
{
    /// <summary>
    /// Pages read the first time a channel, account or subreddit is read, the newest included (Telegram's
    /// <c>?before=</c> pages hold 20 posts); later refreshes read back only while every post on a page is new.
    /// </summary>
    public int HistoryPages { get; set; } = 5;

    /// <summary>Pages of a forum thread (or requests for a Discourse topic's posts) read per refresh.</summary>
    public int ThreadPages { get; set; } = 50;

    /// <summary>
    /// A VK app's service key, for VK's official API (<c>wall.get</c> of public communities). Without it VK sources fail
    /// with a message saying so; Watchdog never logs in to VK. Never written to logs or the fetch history.
    /// </summary>
    public string? VkServiceToken { get; set; }

    public IEnumerable<string> FindProblems()
    {
        if (HistoryPages is < 1 or > 100) yield return "Watchdog:Social:HistoryPages must be between 1 and 100.";
        if (ThreadPages is < 1 or > 1000) yield return "Watchdog:Social:ThreadPages must be between 1 and 1000.";
    }
}
