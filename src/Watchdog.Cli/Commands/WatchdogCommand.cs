using System.CommandLine;
using Watchdog.Cli.CommandLine;
using Watchdog.Cli.Commands.Stories;

namespace Watchdog.Cli.Commands;

/// <summary>The `watchdog` command tree; one file per command group.</summary>
public static class WatchdogCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Watchdog: watches public sources, extracts and stores articles, lets you search them")
        {
            GlobalOptions.Config,
            GlobalOptions.Data,
        };
        root.Subcommands.Add(ServiceCommands.CreateUp());
        root.Subcommands.Add(ServiceCommands.CreateWorker());
        root.Subcommands.Add(SourcesCommands.Create());
        root.Subcommands.Add(FetchNowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(TrendsCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ReprocessCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(FeedCommands.Create());
        root.Subcommands.Add(RobotsCommands.Create());
        root.Subcommands.Add(EvalCommands.Create());
        root.Subcommands.Add(DetectLanguageCommand.Create());
        root.Subcommands.Add(ToneCommand.Create());
        root.Subcommands.Add(MatchCommand.Create());
        root.Subcommands.Add(WatchlistsCommands.Create());
        root.Subcommands.Add(QueriesCommands.Create());
        root.Subcommands.Add(AlertsCommands.Create());
        root.Subcommands.Add(Governance.UsersCommands.Create());
        root.Subcommands.Add(Governance.AuditCommands.Create());
        root.Subcommands.Add(Governance.RetentionCommands.Create());
        root.Subcommands.Add(GuardCommands.Create());
        return root;
    }
}
