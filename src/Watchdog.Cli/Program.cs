using Watchdog.Cli.CommandLine;
using Watchdog.Cli.Commands;

return await CliRunner.RunAsync(WatchdogCommand.Create(), args);
