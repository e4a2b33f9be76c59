using System.Net;
using System.Net.Sockets;

namespace Watchdog.Collect.Fetching;

/// <summary>
/// Keeps the crawler off internal networks: classifies IP addresses and connects only to addresses the options
/// allow. The check runs on the addresses actually connected to, so DNS answers that change between a check
/// and the connection (DNS rebinding) cannot get round it.
/// </summary>
public static class AddressGuard
{
    /// <returns>Why the address is refused under these options, or null when it may be used.</returns>
    public static string? WhyBlocked(IPAddress address, bool allowLoopback, bool allowPrivateNetworks)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var kind = Classify(address);
        return kind switch
        {
            AddressKind.Public => null,
            AddressKind.Loopback when allowLoopback => null,
            AddressKind.Private when allowPrivateNetworks => null,
            AddressKind.Loopback => $"{address} is a loopback address",
            AddressKind.Private => $"{address} is a private or link-local address",
            _ => $"{address} is not a unicast internet address",
        };
    }

    public static AddressKind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return AddressKind.Loopback;
        if (address.AddressFamily == AddressFamily.InterNetwork) return ClassifyIPv4(address.GetAddressBytes());
        if (address.Equals(IPAddress.IPv6Any) || address.IsIPv6Multicast) return AddressKind.Reserved;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal) return AddressKind.Private;
        var bytes = address.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) addresses carry an IPv4 address that must be checked too.
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return ClassifyIPv4(bytes[12..]);
        if (bytes is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..]) return ClassifyIPv4(bytes[12..]);
        return AddressKind.Public;
    }

    private static AddressKind ClassifyIPv4(byte[] b) => b switch
    {
        [127, ..] => AddressKind.Loopback,
        [0, ..] => AddressKind.Reserved, // "this network"; 0.0.0.0 reaches the local host on Linux
        [10, ..] => AddressKind.Private,
        [172, >= 16 and <= 31, ..] => AddressKind.Private,
        [192, 168, ..] => AddressKind.Private,
        [169, 254, ..] => AddressKind.Private, // link-local, including cloud metadata endpoints
        [100, >= 64 and <= 127, ..] => AddressKind.Private, // carrier-grade NAT
        [192, 0, 0, ..] => AddressKind.Reserved,
        [198, 18 or 19, ..] => AddressKind.Reserved, // benchmarking
        [>= 224, ..] => AddressKind.Reserved, // multicast, reserved, broadcast
        _ => AddressKind.Public,
    };

    /// <summary>
    /// Names reserved for this machine or a private network, whatever a resolver would answer: <c>localhost</c> and
    /// <c>*.localhost</c> (RFC 6761 §6.3), <c>*.local</c> (mDNS, RFC 6762), <c>*.home.arpa</c> (RFC 8375) and
    /// <c>*.internal</c> (reserved by ICANN for private use). Refusing them by name means no DNS query leaves the machine.
    /// </summary>
    public static AddressKind? ClassifyName(string host)
    {
        var name = host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        if (name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal)) return AddressKind.Loopback;
        string[] privateSuffixes = [".local", ".home.arpa", ".internal"];
        return privateSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal) || name == s[1..]) ? AddressKind.Private : null;
    }

    /// <summary>Resolves <paramref name="host"/> and checks every address it resolves to; null when all may be used.</summary>
    public static async Task<string?> CheckHostAsync(string host, FetcherOptions options, CancellationToken ct)
    {
        if (WhyNameBlocked(host, options) is { } reason) return reason;
        var addresses = await ResolveAsync(host, ct);
        return FirstBlocked(host, addresses, options);
    }

    private static string? WhyNameBlocked(string host, FetcherOptions options) => ClassifyName(host) switch
    {
        AddressKind.Loopback when !options.AllowLoopback => $"{host} is a loopback name, which the configuration does not allow",
        AddressKind.Private when !options.AllowPrivateNetworks => $"{host} is a private-network name, which the configuration does not allow",
        _ => null,
    };

    /// <summary>The SocketsHttpHandler connect step: resolve, check every address, connect.</summary>
    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, FetcherOptions options, CancellationToken ct)
    {
        if (WhyNameBlocked(endPoint.Host, options) is { } refused) throw new BlockedAddressException(refused);
        var addresses = await ResolveAsync(endPoint.Host, ct);
        if (FirstBlocked(endPoint.Host, addresses, options) is { } reason) throw new BlockedAddressException(reason);
#pragma warning disable CA2000 // ownership passes to the returned NetworkStream (ownsSocket); disposed here on failure
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
#pragma warning restore CA2000
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var literal)) return [literal];
        // RFC 6761 §6.3: loopback names resolve to loopback without asking DNS (which may not know "news.localhost").
        if (ClassifyName(bare) == AddressKind.Loopback) return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        return await Dns.GetHostAddressesAsync(bare, ct);
    }

    private static string? FirstBlocked(string host, IPAddress[] addresses, FetcherOptions options)
    {
        foreach (var address in addresses)
        {
            if (WhyBlocked(address, options.AllowLoopback, options.AllowPrivateNetworks) is { } reason)
            {
                return $"{host} resolves to {reason}, which the configuration does not allow";
            }
        }
        return null;
    }
}

public enum AddressKind { Public, Loopback, Private, Reserved }

/// <summary>Raised inside the connect step so the fetcher can report <c>BlockedAddress</c> instead of a network error.</summary>
internal sealed class BlockedAddressException(string message) : Exception(message);
