using System.Net;
using Watchdog.SampleWeb;

namespace Watchdog.EndToEnd.Tests.Web.SampleWeb;

/// <summary>One running sample web for a test class, and a client that does not decompress, so tests see what was sent.</summary>
public sealed class SampleWebFixture : IAsyncLifetime
{
    public SampleWebServer Server { get; } = new();

    public HttpClient Client { get; } = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false });

    public SampleSite Site(string name) => Server.Site(name);

    public Task InitializeAsync() => Server.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
