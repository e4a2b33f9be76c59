using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog sources add|list|preview|remove|pause|resume`.</summary>
public static class SourcesCommands
{
    public static Command Create()
    {
        var sources = new Command("sources", "Add, list, pause, resume and remove watched sources");
        sources.Subcommands.Add(CreateAdd());
        sources.Subcommands.Add(CreateList());
        sources.Subcommands.Add(SourcesPreviewCommand.Create());
        sources.Subcommands.Add(CreateChange("remove", "Stop watching a source (its stored articles stay)", AuditActions.SourceRemove, (registry, id, ct) => registry.RemoveAsync(id, ct)));
        sources.Subcommands.Add(CreateChange("pause", "Pause a source until resumed", AuditActions.SourcePause, async (registry, id, ct) => await registry.PauseAsync(id, ct) is not null));
        sources.Subcommands.Add(CreateChange("resume", "Resume a paused source; it runs at once", AuditActions.SourceResume, async (registry, id, ct) => await registry.ResumeAsync(id, ct) is not null));
        return sources;
    }

    private static Command CreateAdd()
    {
        var url = new Argument<string>("URL") { Description = "Feed, sitemap, web page, social account or channel, or forum thread to watch (http or https)" };
        var every = new Option<string>("--every") { Description = "How often to poll, e.g. 30s, 10m, 2h", DefaultValueFactory = _ => "10m" };
        var tags = new Option<string[]>("--tag") { Description = "Tag for articles from this source (repeatable)", AllowMultipleArgumentsPerToken = false };
        var kind = new Option<string>("--kind") { Description = "How to read it", DefaultValueFactory = _ => "auto" };
        kind.AcceptOnlyFromAmong(Enum.GetValues<SourceKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray());
        var title = new Option<string?>("--title") { Description = "Name to show for the source" };
        var json = GlobalOptions.Json("the stored source");
        var command = new Command("add", "Watch a new source") { url, every, tags, kind, title, json };
        command.SetAction(async (parse, ct) =>
        {
            if (!Duration.TryParse(parse.GetValue(every), out var interval)) throw new UsageException($"--every '{parse.GetValue(every)}' is not a duration; write e.g. 30s, 10m or 2h.");
            var draft = new SourceDraft(parse.GetRequiredValue(url))
            {
                Every = interval.Value.Value,
                Tags = parse.GetValue(tags) ?? [],
                Kind = Enum.Parse<SourceKind>(parse.GetRequiredValue(kind), ignoreCase: true),
                Title = parse.GetValue(title),
            };
            await using var services = CliServices.Open(parse);
            SourceAddResult result;
            try
            {
                result = await services.GetRequiredService<SourceRegistry>().AddAsync(draft, ct);
            }
            catch (InvalidSourceException e)
            {
                throw new UsageException(e.Message);
            }
            if (result.Added) await CliAudit.RecordAsync(services, AuditActions.SourceAdd, AuditDetails.SourceTarget(result.Source.Id), AuditDetails.Of(result.Source));
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, new { added = result.Added, source = SourceView.From(result.Source) });
            else await Terminal.Output(parse).WriteLineAsync(result.Added
                ? $"added source {result.Source.Id}: {result.Source.Url} every {new Duration(result.Source.Interval)}"
                : $"already watching {result.Source.Url} as source {result.Source.Id}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateList()
    {
        var json = GlobalOptions.Json("the sources and their health");
        var command = new Command("list", "List sources with their health: last fetch, status, items, errors, next run") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Open(parse);
            var sources = await services.GetRequiredService<ISourceStore>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                await Terminal.WriteJsonAsync(parse, sources.Select(SourceView.From));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "url", "kind", "every", "status", "last fetch", "items", "errors", "next run", "reason");
            foreach (var s in sources)
            {
                table.AddRow(
                    s.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Url.AbsoluteUri), s.Kind.ToString().ToLowerInvariant(), new Duration(s.Interval).ToString(),
                    s.Health.Status.ToString().ToLowerInvariant(), When(s.Health.LastFetchAt), s.Health.ItemsStored.ToString(CultureInfo.InvariantCulture),
                    s.Health.ErrorCount.ToString(CultureInfo.InvariantCulture), When(s.Health.NextRunAt), Markup.Escape(s.Health.PausedReason ?? s.Health.LastError ?? ""));
            }
            Terminal.Console(parse).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateChange(string name, string description, string auditAction, Func<SourceRegistry, long, CancellationToken, Task<bool>> change)
    {
        var id = new Argument<long>("ID") { Description = "Source id, as shown by 'watchdog sources list'" };
        var command = new Command(name, description) { id };
        command.SetAction(async (parse, ct) =>
        {
            var sourceId = parse.GetRequiredValue(id);
            await using var services = CliServices.Open(parse);
            var before = await services.GetRequiredService<ISourceStore>().GetAsync(sourceId, ct);
            if (before is null || !await change(services.GetRequiredService<SourceRegistry>(), sourceId, ct)) throw new CommandFailedException($"there is no source {sourceId}");
            await CliAudit.RecordAsync(services, auditAction, AuditDetails.SourceTarget(sourceId), new { url = before.Url.AbsoluteUri });
            await Terminal.Output(parse).WriteLineAsync($"{name}: source {sourceId}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string When(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}

/// <summary>A source as printed by --json: flat, with its health, intervals in seconds and times in ISO 8601.</summary>
public sealed record SourceView(
    long Id, string Url, string Kind, double EverySeconds, IReadOnlyList<string> Tags, string? Title, string Status,
    DateTimeOffset? LastFetchAt, DateTimeOffset? NextRunAt, long ItemsStored, long ErrorCount, int ConsecutiveFailures,
    string? LastError, string? PausedReason)
{
    public static SourceView From(Source s) => new(
        s.Id, s.Url.AbsoluteUri, s.Kind.ToString().ToLowerInvariant(), s.Interval.TotalSeconds, s.Tags, s.Title,
        s.Health.Status.ToString().ToLowerInvariant(), s.Health.LastFetchAt, s.Health.NextRunAt, s.Health.ItemsStored,
        s.Health.ErrorCount, s.Health.ConsecutiveFailures, s.Health.LastError, s.Health.PausedReason);
}
