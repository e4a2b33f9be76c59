using Watchdog.Cli.CommandLine;
using Watchdog.Cli.Commands;
using Watchdog.Cli.Runtime;

NativeHeapSettings.Apply();
return await CliRunner.RunAsync(WatchdogCommand.Create(), args);
