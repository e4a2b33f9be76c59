using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>
/// The runtime settings the service ships with (src/Watchdog.Cli/Watchdog.Cli.csproj): the memory figures in the README
/// were measured with them, so losing one in an edit would quietly change what users get.
/// </summary>
public class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Concurrent", "false")]
    [InlineData("System.GC.LOHThreshold", "1048576")]
    [InlineData("System.GC.Gen0MaxBudget", "33554432")]
    [InlineData("System.GC.ConserveMemory", "7")]
    [InlineData("System.Runtime.TieredPGO", "false")]
    public void The_service_runtimeconfig_carries_the_measured_setting(string name, string value)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "watchdog.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(name, out var actual), $"{name} is missing from watchdog.runtimeconfig.json");
        Assert.Equal(value, actual.ToString().ToLowerInvariant());
    }
}
