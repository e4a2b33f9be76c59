using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Watchdog.Bench;

/// <summary>
/// One Kestrel app listening on <c>hosts</c> free ports of 127.0.0.1, each port a site of its own (the fetcher's
/// politeness is per host and port), all answered by one request delegate. The ingest benchmarks' webs are built on it.
/// </summary>
public static class LoopbackSites
{
    /// <returns>The started app and each site's root address, in the order the ports were opened.</returns>
    public static async Task<(WebApplication App, IReadOnlyList<Uri> Sites)> StartAsync(int hosts, RequestDelegate serve)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            for (var i = 0; i < hosts; i++) k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.Run(serve);
        await app.StartAsync();
        var sites = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a + "/")).ToList();
        return (app, sites);
    }
}
