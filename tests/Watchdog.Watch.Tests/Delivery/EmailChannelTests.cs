using Watchdog.Core.Watching;
using Watchdog.Watch.Delivery;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Delivery;

public class EmailChannelTests
{
    private static AlertMessage Message() => new(
        new StandingQuery { Id = 7, Name = "oil", QueryText = "oil price" },
        new DeliveryTarget(DeliveryChannel.Email, "analyst@example.kz"),
        [new Alert { Id = 3, QueryId = 7, ArticleId = 11, StoryKey = "k", Title = "Oil prices rise", Url = new Uri("https://example.kz/a/11"),
            Passages = [new AlertPassage("text", 0, 9, "oil price", "<mark>oil</mark> price")] }]);

    private static EmailChannel Channel(int port) =>
        new(new SmtpOptions { Port = port, From = "watchdog@localhost", Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(5) });

    [Fact]
    public async Task Sends_the_alert_to_the_smtp_server()
    {
        await using var server = LocalSmtpServer.Start();

        var result = await Channel(server.Port).SendAsync(Message(), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        var email = Assert.Single(server.Messages);
        Assert.Equal("[Watchdog] oil: Oil prices rise", email.Subject);
        Assert.Contains("<mark>oil</mark> price", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_recipient_is_a_failure_with_the_servers_reason()
    {
        await using var server = LocalSmtpServer.Start(refuseRecipients: true);

        var result = await Channel(server.Port).SendAsync(Message(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.StartsWith("SMTP server refused (5", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Server_that_is_not_there_is_a_failure_with_a_reason()
    {
        var result = await Channel(LocalSmtpServer.FreePort()).SendAsync(Message(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("unreachable", result.Error, StringComparison.Ordinal);
    }
}
