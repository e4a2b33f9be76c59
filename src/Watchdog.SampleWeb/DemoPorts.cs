using System.Net;
using System.Net.Sockets;

namespace Watchdog.SampleWeb;

/// <summary>The ports the sample web takes for a given base port, and a check that they are free before it starts.</summary>
public static class DemoPorts
{
    /// <summary>One per news site from <paramref name="basePort"/> on, and the social site's at base + 9.</summary>
    public static IReadOnlyList<int> Of(int basePort) =>
        [.. Enumerable.Range(basePort, SampleSites.All.Count), basePort + Social.SocialSampleHost.DemoPortOffset];

    /// <summary>The first of the ports something else listens on, or null when all are free.</summary>
    public static int? FirstInUse(int basePort) => Of(basePort).Cast<int?>().FirstOrDefault(port => !IsFree(port!.Value));

    /// <summary>What a person reads when the demo cannot start: one line, with the way out.</summary>
    public static string InUseMessage(int port) => $"port {port} is in use (another demo?); choose another with --demo-port";

    private static bool IsFree(int port)
    {
        using var probe = new TcpListener(IPAddress.Loopback, port);
        try
        {
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>A sample site could not listen on its demo port.</summary>
public sealed class DemoPortInUseException(int port, Exception inner) : IOException(DemoPorts.InUseMessage(port), inner)
{
    public int Port { get; } = port;
}
