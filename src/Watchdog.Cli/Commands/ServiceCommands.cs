using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Watchdog.Cli.CommandLine;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application;
using Watchdog.Pipeline.Storage;
using Watchdog.SampleWeb;
using Watchdog.Web;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog up` (web app with the pipeline) and `watchdog worker` (pipeline only, for scale-out).</summary>
public static class ServiceCommands
{
    public static Command CreateUp()
    {
        var demo = new Option<bool>("--demo") { Description = "Serve the bundled sample web on 127.0.0.1 and watch its sites (works offline)" };
        var urls = new Option<string?>("--urls") { Description = "Address(es) to listen on, e.g. http://127.0.0.1:8080 (else config or ASPNETCORE_URLS)" };
        var demoPort = new Option<int?>("--demo-port")
        {
            Description = $"First port of the demo's sample web: news sites on it and the next three, social platforms on it + 9 (default {DemoSettings.DefaultPort})",
        };
        var command = new Command("up", "Run Watchdog: web app, REST API, dashboard, scheduler and pipeline") { demo, demoPort, urls };
        command.SetAction(async (parse, ct) =>
        {
            var hostArgs = parse.GetValue(urls) is { } address ? new[] { "--urls", address } : [];
            var app = WatchdogWebApp.Build(hostArgs, new WebAppSettings
            {
                ConfigFile = parse.GetValue(GlobalOptions.Config)?.FullName,
                ConfigOverrides = WithDemoPort(DataOverride(parse), parse.GetValue(demoPort)),
                Demo = parse.GetValue(demo),
                Announce = Terminal.Output(parse),
                StoreAccess = StoreAccess.Service,
            });
            await using (app)
            {
                // Opened before the host starts, so a data folder another service holds is one clear error, not a failed start.
                _ = app.Services.GetRequiredService<StoreSet>();
                ThrowIfDemoPortsTaken(app.Services, parse.GetValue(demo));
                await app.RunAsync(ct);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command CreateWorker()
    {
        var command = new Command("worker", "Run the scheduler and pipeline without the web app (one of several workers on a shared store)");
        command.SetAction(async (parse, ct) =>
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddWatchdogSources(parse.GetValue(GlobalOptions.Config)?.FullName, DataOverride(parse));
            builder.Services.AddSingleton(StoreAccess.Service);
            builder.Services.AddWatchdogCore(builder.Configuration).AddWatchdogWorkers();
            using var host = builder.Build();
            _ = host.Services.GetRequiredService<StoreSet>();
            await host.StartAsync(ct);
            await Terminal.Output(parse).WriteLineAsync("watchdog worker running; press Ctrl+C to stop");
            await host.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, string?> WithDemoPort(Dictionary<string, string?> overrides, int? port)
    {
        if (port is { } value)
            overrides[$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.DemoWeb)}:{nameof(DemoSettings.Port)}"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return overrides;
    }

    /// <summary>Checked before the host starts: a port clash found by the host itself is logged with a stack trace.</summary>
    private static void ThrowIfDemoPortsTaken(IServiceProvider services, bool demo)
    {
        if (!demo) return;
        var basePort = services.GetRequiredService<IOptions<WatchdogOptions>>().Value.DemoWeb.Port;
        if (DemoPorts.FirstInUse(basePort) is { } taken) throw new CommandFailedException(DemoPorts.InUseMessage(taken));
    }

    private static Dictionary<string, string?> DataOverride(ParseResult parse) =>
        parse.GetValue(GlobalOptions.Data) is { } data
            ? new() { [$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.DataFolder)}"] = data.FullName }
            : [];
}
