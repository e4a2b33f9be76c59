using Microsoft.AspNetCore.Http;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Web.Pages;

/// <summary>The web app with one weekly report scheduled to a loopback webhook receiver that records what it gets.</summary>
public sealed class ReportScheduleWebAppFixture : WebAppFixture
{
    public const string ReportName = "weekly-universities";
    public const string ReportTitle = "Universities this week";
    public const string Query = "университет";
    public const string HookPath = "/report-hook";

    private TestWebServer _receiver = null!;

    public IReadOnlyList<RecordedRequest> Hooks => _receiver.RequestsTo(HookPath);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Watchdog:Reports:0:Name"] = ReportName,
        ["Watchdog:Reports:0:Title"] = ReportTitle,
        ["Watchdog:Reports:0:Every"] = "weekly",
        ["Watchdog:Reports:0:Day"] = "friday",
        ["Watchdog:Reports:0:At"] = "06:30",
        ["Watchdog:Reports:0:Queries:0:Query"] = Query,
        ["Watchdog:Reports:0:Webhook"] = _receiver.Url(HookPath).AbsoluteUri,
    };

    public override async Task InitializeAsync()
    {
        _receiver = await TestWebServer.StartAsync();
        _receiver.Map(HookPath, context => { context.Response.StatusCode = StatusCodes.Status200OK; return Task.CompletedTask; });
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
