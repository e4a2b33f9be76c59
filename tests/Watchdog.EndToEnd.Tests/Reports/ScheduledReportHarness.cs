using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Application;
using Watchdog.Application.Reporting.Scheduling;
using Watchdog.Storage;
using Watchdog.Testing;
using Watchdog.Watch.Delivery;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.EndToEnd.Tests.Reports;

/// <summary>
/// A data folder with articles about raids on 9 March 2025, a loopback SMTP server and webhook receiver, and the
/// service's own registrations configured with one daily report at 07:00 to both. <see cref="StartSchedulerAsync"/>
/// builds a fresh service over the same folder each time, as a restart would.
/// </summary>
public sealed class ScheduledReportHarness : IAsyncDisposable
{
    public const string ReportName = "morning-brief";
    public const string Title = "Morning brief: raids";
    public const string Secret = "report-secret";
    public const string HookPath = "/report-hook";
    public const int RaidArticles = 3;

    /// <summary>A Monday; the report due at 07:00 covers Sunday 9 March.</summary>
    public static readonly DateTimeOffset Day = new(2025, 3, 10, 0, 0, 0, TimeSpan.Zero);

    private readonly List<ServiceProvider> _services = [];

    private ScheduledReportHarness(string dataFolder, LocalSmtpServer smtp, TestWebServer receiver)
    {
        DataFolder = dataFolder;
        Smtp = smtp;
        Receiver = receiver;
        receiver.Map(HookPath, RecordHookAsync);
    }

    public string DataFolder { get; }
    public LocalSmtpServer Smtp { get; }
    public TestWebServer Receiver { get; }
    public RecordingLoggerProvider Logs { get; } = new();
    public ConcurrentQueue<(byte[] Body, string? Signature)> Hooks { get; } = new();

    /// <summary>The status the webhook receiver answers with; a test sets 500 to make it fail.</summary>
    public int HookStatus { get; set; } = StatusCodes.Status200OK;

    public static async Task<ScheduledReportHarness> StartAsync()
    {
        var folder = TestPaths.NewTempFolder("watchdog-reports");
        using (var store = await EmbeddedStore.OpenAsync(folder))
        {
            var sunday = Day.AddDays(-1);
            for (var i = 0; i < RaidArticles; i++)
                await TestArticles.AddIndexedAsync(store, TestArticles.Make($"Police raid newsroom {i}", "Police raid the offices of an independent newspaper.", "en", sunday.AddHours(9 + i)));
            await TestArticles.AddIndexedAsync(store, TestArticles.Make("Harvest festival", "The harvest festival opened in the square.", "en", sunday.AddHours(12)));
            // Outside the period: the day the report is sent must not be counted.
            await TestArticles.AddIndexedAsync(store, TestArticles.Make("Another raid", "Police raid a printing house.", "en", Day.AddHours(5)));
        }
        return new ScheduledReportHarness(folder, LocalSmtpServer.Start(), await TestWebServer.StartAsync());
    }

    /// <summary>Settings of the one report; tests may change them before starting a scheduler.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Watchdog:DataFolder"] = DataFolder,
        ["Watchdog:Alerts:Smtp:Host"] = "127.0.0.1",
        ["Watchdog:Alerts:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Watchdog:Alerts:Smtp:From"] = "watchdog@localhost",
        ["Watchdog:Alerts:Smtp:Security"] = "None",
        ["Watchdog:Reports:0:Name"] = ReportName,
        ["Watchdog:Reports:0:Title"] = Title,
        ["Watchdog:Reports:0:Every"] = "daily",
        ["Watchdog:Reports:0:At"] = "07:00",
        ["Watchdog:Reports:0:Queries:0:Heading"] = "Raids",
        ["Watchdog:Reports:0:Queries:0:Query"] = "raid",
        ["Watchdog:Reports:0:Email:0"] = "editor@localhost",
        ["Watchdog:Reports:0:Webhook"] = Receiver.Url(HookPath).AbsoluteUri,
        ["Watchdog:Reports:0:Secret"] = Secret,
    };

    /// <summary>A scheduler as the service registers it; the one started before is disposed first (its store released).</summary>
    public async Task<(ReportScheduler Scheduler, IServiceProvider Services)> StartSchedulerAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        await StopSchedulersAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? Settings()).Build();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(Logs)).AddWatchdogCore(configuration).AddWatchdogWorkers().BuildServiceProvider();
        _services.Add(services);
        return (services.GetRequiredService<ReportScheduler>(), services);
    }

    public async ValueTask DisposeAsync()
    {
        await StopSchedulersAsync();
        await Smtp.DisposeAsync();
        await Receiver.DisposeAsync();
        TestPaths.DeleteQuietly(DataFolder);
    }

    private async Task StopSchedulersAsync()
    {
        foreach (var services in _services) await services.DisposeAsync();
        _services.Clear();
    }

    private async Task RecordHookAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        context.Response.StatusCode = HookStatus;
        if (HookStatus == StatusCodes.Status200OK)
            Hooks.Enqueue((body.ToArray(), context.Request.Headers[WebhookSignature.HeaderName].FirstOrDefault()));
    }
}
