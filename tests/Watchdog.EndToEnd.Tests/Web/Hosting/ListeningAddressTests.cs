using Microsoft.Extensions.Configuration;
using Watchdog.Web.Hosting;

namespace Watchdog.EndToEnd.Tests.Web.Hosting;

public sealed class ListeningAddressTests
{
    [Fact]
    public void Urls_from_the_command_line_or_environment_win_over_the_config_file() =>
        Assert.Equal("http://0.0.0.0:9000", ListeningAddress.Choose(Config(("urls", "http://0.0.0.0:9000"), (ListeningAddress.ConfigKey, "http://127.0.0.1:7000"))));

    [Fact]
    public void The_config_file_address_is_used_when_no_urls_are_given() =>
        Assert.Equal("http://127.0.0.1:7000", ListeningAddress.Choose(Config((ListeningAddress.ConfigKey, "http://127.0.0.1:7000"))));

    [Fact]
    public void Without_any_setting_the_app_listens_on_loopback_only() =>
        Assert.Equal("127.0.0.1", new Uri(ListeningAddress.Choose(Config())).Host);

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
