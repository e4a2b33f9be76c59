using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Watchdog.Core.Articles;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Scheduling;
using Watchdog.SampleWeb;
using Watchdog.SampleWeb.Content;
using Watchdog.Testing;
using Watchdog.Watch.Delivery;
using Watchdog.Watch.Tests.Support;
using Xunit.Abstractions;

namespace Watchdog.EndToEnd.Tests.Watch;

/// <summary>
/// The whole chain on 127.0.0.1: sample web → pipeline stores an article → watch stage matches a standing query →
/// delivery service posts a signed webhook and sends an e-mail.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class AlertDeliveryEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "e2e-webhook-secret";
    private const string HookPath = "/hook";
    /// <summary>Generous: the target is about a second, but a loaded 2-core CI machine must not fail on it.</summary>
    private static readonly TimeSpan LatencyBound = TimeSpan.FromSeconds(20);

    private readonly SampleWebServer _web = new();
    private readonly ConcurrentQueue<ReceivedHook> _hooks = new();
    private TestWebServer _receiver = null!;
    private LocalSmtpServer _smtp = null!;
    private PipelineHarness _watchdog = null!;

    private sealed record ReceivedHook(byte[] Body, string? Signature, DateTimeOffset At);

    public async Task InitializeAsync()
    {
        await _web.StartAsync(CancellationToken.None);
        _receiver = await TestWebServer.StartAsync();
        _receiver.Map(HookPath, RecordHookAsync);
        _smtp = LocalSmtpServer.Start();
        _watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Watchdog:Alerts:Smtp:Host"] = "127.0.0.1",
            ["Watchdog:Alerts:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Watchdog:Alerts:Smtp:From"] = "watchdog@localhost",
            ["Watchdog:Alerts:Smtp:Security"] = "None",
            ["Watchdog:Alerts:DeliveryInterval"] = "200ms",
        });
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _smtp.DisposeAsync();
        await _receiver.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task A_new_matching_article_on_the_sample_web_produces_a_signed_webhook_call_and_an_email()
    {
        await _watchdog.Service<IWatchStore>().SaveQueryAsync(new StandingQuery
        {
            Name = "printing house raids",
            QueryText = "\"printing house\" AND Taraz",
            Rule = new AlertRule
            {
                Targets =
                [
                    new DeliveryTarget(DeliveryChannel.Webhook, _receiver.Url(HookPath).AbsoluteUri) { Secret = Secret },
                    new DeliveryTarget(DeliveryChannel.Email, "editor@localhost"),
                ],
            },
        }, CancellationToken.None);
        var feed = _web.Site(SampleSites.PressFreedomBlog).Url("/feed.json");
        var source = (await _watchdog.AddSourceAsync(feed, SourceKind.Auto, TimeSpan.FromHours(1))).Source;
        await _watchdog.WaitForIdleAsync(source.Id);
        var hooksBefore = _hooks.Count;

        _web.PublishArticle(SampleSites.PressFreedomBlog, NewArticle());
        await _watchdog.Service<SourceRegistry>().RefreshNowAsync(source.Id, CancellationToken.None);

        await PipelineHarness.WaitUntilAsync(() => Task.FromResult(_hooks.Count > hooksBefore && !_smtp.Messages.IsEmpty), "the webhook is called and the e-mail sent");
        var hook = _hooks.Last();
        Assert.True(WebhookSignature.Verify(hook.Body, Secret, hook.Signature), "the webhook body carries a valid HMAC signature");
        Assert.Contains("Taraz", System.Text.Encoding.UTF8.GetString(hook.Body), StringComparison.Ordinal);
        var email = Assert.Single(_smtp.Messages);
        Assert.Equal("editor@localhost", email.To.Mailboxes.Single().Address);
        Assert.Contains("Taraz", email.TextBody ?? email.HtmlBody, StringComparison.Ordinal);

        var latency = hook.At - (await StoredArticleAsync(source.Id)).FetchedAt;
        output.WriteLine($"article stored → webhook delivered: {latency.TotalMilliseconds:0} ms");
        Assert.InRange(latency, TimeSpan.Zero, LatencyBound);
    }

    private async Task<Article> StoredArticleAsync(long sourceId)
    {
        var latest = await _watchdog.Service<IArticleStore>().LatestAsync(50, sourceId, CancellationToken.None);
        return latest.Single(a => a.Title.Contains("Taraz", StringComparison.Ordinal));
    }

    private async Task RecordHookAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _hooks.Enqueue(new ReceivedHook(body.ToArray(), context.Request.Headers[WebhookSignature.HeaderName].FirstOrDefault(), DateTimeOffset.UtcNow));
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static SampleArticle NewArticle() => new()
    {
        Slug = "printing-house-raid-alert",
        Title = "Police search a printing house in Taraz",
        Author = "Test Desk",
        PublishedAt = DateTimeOffset.UtcNow,
        Summary = "Officers seized the print run of an opposition weekly.",
        Paragraphs =
        [
            "Police in Taraz searched a printing house on Wednesday and seized the entire print run of an independent weekly, the newspaper's editor said.",
            "The officers did not show a court order. The weekly had planned to publish an investigation into the city's water utility.",
        ],
    };
}
