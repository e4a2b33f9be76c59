using System.Net;
using Watchdog.Collect.Fetching;

namespace Watchdog.Collect.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.8.9.10", AddressKind.Loopback)]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("10.1.2.3", AddressKind.Private)]
    [InlineData("172.16.0.1", AddressKind.Private)]
    [InlineData("172.31.255.255", AddressKind.Private)]
    [InlineData("192.168.1.1", AddressKind.Private)]
    [InlineData("169.254.169.254", AddressKind.Private)]
    [InlineData("::ffff:10.0.0.1", AddressKind.Private)]
    [InlineData("fe80::1", AddressKind.Private)]
    [InlineData("fd00::1", AddressKind.Private)]
    [InlineData("0.0.0.0", AddressKind.Reserved)]
    [InlineData("224.0.0.1", AddressKind.Reserved)]
    [InlineData("::", AddressKind.Reserved)]
    [InlineData("64:ff9b::a00:1", AddressKind.Private)]
    [InlineData("93.184.216.34", AddressKind.Public)]
    [InlineData("172.32.0.1", AddressKind.Public)]
    [InlineData("2a00:1450:4001::1", AddressKind.Public)]
    public void AddressesAreClassified(string address, AddressKind expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));

    [Fact]
    public void LoopbackIsAllowedOnlyWhenConfigured()
    {
        Assert.NotNull(AddressGuard.WhyBlocked(IPAddress.Loopback, allowLoopback: false, allowPrivateNetworks: true));
        Assert.Null(AddressGuard.WhyBlocked(IPAddress.Loopback, allowLoopback: true, allowPrivateNetworks: false));
    }

    [Fact]
    public void PrivateNetworkIsAllowedOnlyWhenConfigured()
    {
        var address = IPAddress.Parse("192.168.0.10");
        Assert.NotNull(AddressGuard.WhyBlocked(address, allowLoopback: true, allowPrivateNetworks: false));
        Assert.Null(AddressGuard.WhyBlocked(address, allowLoopback: false, allowPrivateNetworks: true));
    }

    [Fact]
    public void ReservedAddressesAreNeverAllowed() =>
        Assert.NotNull(AddressGuard.WhyBlocked(IPAddress.Any, allowLoopback: true, allowPrivateNetworks: true));

    [Fact]
    public async Task HostNameIsResolvedAndChecked()
    {
        var reason = await AddressGuard.CheckHostAsync("localhost", new FetcherOptions(), CancellationToken.None);
        Assert.Contains("loopback", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost", AddressKind.Loopback)]
    [InlineData("localhost.", AddressKind.Loopback)]
    [InlineData("LOCALHOST", AddressKind.Loopback)]
    [InlineData("news.localhost", AddressKind.Loopback)]
    [InlineData("printer.local", AddressKind.Private)]
    [InlineData("nas.home.arpa.", AddressKind.Private)]
    [InlineData("db.internal", AddressKind.Private)]
    [InlineData("localhost.example.org", null)]
    [InlineData("notlocalhost", null)]
    [InlineData("news.example.org", null)]
    public void Reserved_names_are_classified_without_a_lookup(string host, AddressKind? kind) => Assert.Equal(kind, AddressGuard.ClassifyName(host));

    [Theory]
    [InlineData("localhost.")]
    [InlineData("no-such-host-zq7.localhost")]
    [InlineData("no-such-host-zq7.internal")]
    public async Task Reserved_names_are_refused_by_name_not_after_a_dns_answer(string host)
    {
        var reason = await AddressGuard.CheckHostAsync(host, new FetcherOptions(), CancellationToken.None);
        Assert.Contains("name, which the configuration does not allow", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_name_resolves_to_loopback_without_dns_when_allowed() =>
        Assert.Null(await AddressGuard.CheckHostAsync("no-such-host-zq7.localhost", new FetcherOptions { AllowLoopback = true }, CancellationToken.None));
}
