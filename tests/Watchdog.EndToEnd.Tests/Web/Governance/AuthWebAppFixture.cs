using System.Net.Http.Headers;
using Watchdog.Core.Governance;

namespace Watchdog.EndToEnd.Tests.Web.Governance;

/// <summary>The web app with authentication required (as when it listens beyond loopback), and one user of each role.</summary>
public sealed class AuthWebAppFixture : WebAppFixture
{
    public const string AdminName = "root";
    public const string AnalystName = "analyst-anna";
    public const string ViewerName = "viewer-vik";

    public string AdminToken { get; private set; } = "";
    public string AnalystToken { get; private set; } = "";
    public string ViewerToken { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Watchdog:Auth:Required"] = "true" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        AdminToken = await AddUserAsync(AdminName, Role.Admin);
        AnalystToken = await AddUserAsync(AnalystName, Role.Analyst);
        ViewerToken = await AddUserAsync(ViewerName, Role.Viewer);
    }

    /// <summary>A client that sends the token (none when null); the caller disposes it.</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseUri };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> AddUserAsync(string name, Role role)
    {
        var token = ApiToken.Generate();
        await Service<IUserStore>().AddAsync(new User { Name = name, Role = role }, ApiToken.Hash(token), CancellationToken.None);
        return token;
    }
}
