using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Watchdog.Web.Auth;

namespace Watchdog.Web.Hosting;

/// <summary>Prints the address the app really listens on (port 0 becomes a real port) once Kestrel has bound it, and whether the API asks for tokens.</summary>
internal sealed class AddressAnnouncer(IServer server, IHostApplicationLifetime lifetime, ApiAccess access, TextWriter output) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public static IReadOnlyList<Uri> Addresses(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).ToList() ?? [];

    private void Announce()
    {
        foreach (var address in Addresses(server))
        {
            output.WriteLine($"Watchdog is listening on {address.AbsoluteUri}  (dashboard: {address.AbsoluteUri}, API: {new Uri(address, "scalar")})");
        }
        output.WriteLine($"API authentication: {access.Mode}");
        output.Flush();
    }
}
