using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Watchdog.Cli.CommandLine;
using Watchdog.Guard.Audit;
using Watchdog.Core.Governance;
using Watchdog.Guard.Leaks;
using Watchdog.Application.Guard.Sites;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog guard audit|fingerprint|check|leaks`: a passive audit of the operator's own site, and leak fingerprints of
/// confidential documents (made and tested locally, or registered for leak watch; only fingerprints are ever kept).</summary>
public static class GuardCommands
{
    /// <summary>`guard audit` exits with this when a high-severity finding exists, so a cron job or CI step can fail on it.</summary>
    public const int HighSeverityFound = 3;

    /// <summary>A fingerprint is 8 bytes a hash, a few per sentence: a book-length document stays far below this.</summary>
    private const long MaxFingerprintBytes = 64 * 1024 * 1024;

    public static Command Create()
    {
        var command = new Command("guard", "Protect your own sites: a passive security audit, and fingerprints to spot leaked documents");
        command.Subcommands.Add(CreateAudit());
        command.Subcommands.Add(CreateFingerprint());
        command.Subcommands.Add(CreateCheck());
        command.Subcommands.Add(GuardSiteCommands.Create());
        command.Subcommands.Add(GuardLeakCommands.Create());
        return command;
    }

    private static Command CreateAudit()
    {
        var url = new Argument<string>("URL") { Description = "Your site, e.g. https://news.example.org/, registered and verified with `guard sites`" };
        var allowPrivate = GuardSiteCommands.AllowPrivateOption();
        var json = GlobalOptions.Json("the report");
        var command = new Command("audit",
            "Passive audit of a site you run and have proven control of (`guard sites add` and `verify`): about 15 GET requests, one at a time " +
            "(HTTPS, certificate, security headers, cookies, exposed files). Nothing is sent to a site not verified. " +
            $"Exit code {HighSeverityFound} when a high-severity finding exists, {ExitCodes.Failure} when the site cannot be reached, {ExitCodes.Usage} for a bad, refused or unverified URL.")
        { url, allowPrivate, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = GuardSiteCommands.Open(parse, allowPrivate);
            var sites = services.GetRequiredService<GuardSites>();
            var report = await GuardSiteCommands.RunAsync(() => sites.AuditAsync(parse.GetRequiredValue(url), AuditActors.Cli, ct));
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, report);
            else WriteReport(Terminal.Console(parse), report);
            return report.HasHighSeverity ? HighSeverityFound : ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateFingerprint()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The confidential document as UTF-8 text" };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the fingerprint (e.g. FILE.wdfp)", Required = true };
        var command = new Command("fingerprint", "Write the winnowed fingerprint of a text file (hashes only; the text cannot be recovered from it)") { file, output };
        command.SetAction(async (parse, ct) =>
        {
            var text = await ReadTextAsync(parse.GetRequiredValue(file), ct);
            var fingerprint = DocumentFingerprint.FromText(text);
            var target = parse.GetRequiredValue(output);
            await File.WriteAllBytesAsync(target.FullName, fingerprint.Serialize(), ct);
            await Terminal.Output(parse).WriteLineAsync(
                $"{fingerprint.Count.ToString(CultureInfo.InvariantCulture)} fingerprints from {fingerprint.WordCount.ToString(CultureInfo.InvariantCulture)} words written to {target.FullName}");
            if (fingerprint.Count == 0) await Terminal.Error(parse).WriteLineAsync($"warning: the text has fewer than {Winnowing.K} words; nothing can be matched against it");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateCheck()
    {
        var fingerprints = new Argument<FileInfo[]>("FINGERPRINT") { Description = "Fingerprint files (.wdfp)", Arity = ArgumentArity.OneOrMore };
        var textFile = new Option<FileInfo>("--text") { Description = "The article to check, as UTF-8 text", Required = true };
        var json = GlobalOptions.Json("the matches");
        var command = new Command("check", "Check whether a text contains passages of fingerprinted documents (exit code 0 either way)") { fingerprints, textFile, json };
        command.SetAction(async (parse, ct) =>
        {
            var index = new LeakIndex();
            foreach (var file in parse.GetRequiredValue(fingerprints)) index.Add(await ReadFingerprintAsync(file, ct));
            var article = await ReadTextAsync(parse.GetRequiredValue(textFile), ct);
            var matches = index.Match(article);
            if (parse.GetValue(json)) await Terminal.WriteJsonAsync(parse, matches);
            else WriteMatches(Terminal.Console(parse), matches, article);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<LeakDocument> ReadFingerprintAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists) throw new UsageException($"'{file.FullName}' does not exist.");
        try
        {
            var fingerprint = DocumentFingerprint.Deserialize(await LocalFile.ReadBytesAsync(file.FullName, MaxFingerprintBytes, ct));
            return new LeakDocument(file.FullName, file.Name, fingerprint);
        }
        catch (InvalidFingerprintException e)
        {
            throw new UsageException($"{file.FullName}: {e.Message}");
        }
    }

    /// <exception cref="UsageException">The file is missing or not UTF-8.</exception>
    internal static async Task<string> ReadTextAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists) throw new UsageException($"'{file.FullName}' does not exist.");
        try
        {
            return await File.ReadAllTextAsync(file.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true), ct);
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"'{file.FullName}' is not UTF-8 text.");
        }
    }

    private static void WriteReport(IAnsiConsole console, SiteAuditReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.Site.ToString())}[/] [grey]audited {report.AuditedAt:yyyy-MM-dd HH:mm} UTC[/]");
        // One block per finding rather than a table: evidence and advice are sentences, which a five-column table
        // squeezes into a few characters per line on an ordinary terminal.
        foreach (var f in report.Findings)
        {
            console.WriteLine();
            console.MarkupLine($"{Severity(f.Severity)}  [bold]{Markup.Escape(f.Title)}[/] [grey]({Markup.Escape(f.CheckId)})[/]");
            console.MarkupLine($"  [grey]evidence:[/] {Markup.Escape(f.Evidence)}");
            console.MarkupLine($"  [grey]advice:[/]   {Markup.Escape(f.Advice)}");
        }
        if (report.Findings.Count > 0) console.WriteLine();
        console.MarkupLine($"{report.Findings.Count} finding(s), {report.Passed.Count} check(s) passed");
        foreach (var note in report.Notes) console.MarkupLine($"[grey]note: {Markup.Escape(note)}[/]");
    }

    private static string Severity(AuditSeverity severity) => severity switch
    {
        AuditSeverity.High => "[red bold]high[/]",
        AuditSeverity.Warning => "[yellow]warning[/]",
        AuditSeverity.Low => "low",
        _ => "[grey]info[/]",
    };

    private static void WriteMatches(IAnsiConsole console, IReadOnlyList<LeakMatch> matches, string article)
    {
        if (matches.Count == 0)
        {
            console.MarkupLine("[green]no passages of the fingerprinted documents found[/]");
            return;
        }
        foreach (var match in matches)
        {
            console.MarkupLine($"[red bold]{Markup.Escape(match.DocumentName)}[/]: {match.MatchedFingerprints}/{match.DocumentFingerprints} fingerprints ({match.Coverage:P1})");
            foreach (var span in match.Spans)
                console.MarkupLine($"  [grey]{span.Start}–{span.End}:[/] {Markup.Escape(article[span.Start..span.End])}");
        }
    }
}
