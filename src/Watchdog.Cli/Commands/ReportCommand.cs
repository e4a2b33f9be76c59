using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.Core.Localization;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Application.Reporting;
using Watchdog.Reports.Documents;

namespace Watchdog.Cli.Commands;

/// <summary>`watchdog report QUERY... --out FILE.html|FILE.pdf`: one section per query with chart, change, sources, stories and articles.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var queries = new Argument<string[]>("QUERY") { Description = "One section per query (query language of standing queries; @watchlist works)", Arity = ArgumentArity.OneOrMore };
        var filters = new SearchFilterOptions();
        var bucket = BucketOption.Create();
        var title = new Option<string?>("--title") { Description = "The report's title (default: \"Watchdog report\" in the report's language)" };
        // Not --lang: that filters the articles by their language, as in every command over stored articles.
        var locale = new Option<string?>("--locale") { Description = "The language the report is written in: en, ru or kk (default: the language setting)" };
        var output = new Option<FileInfo>("--out") { Description = "FILE.html, or FILE.pdf (needs Debian's chromium)", Required = true };
        var command = new Command("report", "Write a report (HTML or PDF) on one or more queries over a period (last 30 days by default)") { queries };
        filters.AddTo(command);
        command.Options.Add(bucket);
        command.Options.Add(title);
        command.Options.Add(locale);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetRequiredValue(output);
            var pdf = file.Extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase);
            if (!pdf && !file.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !file.Extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--out must end in .html or .pdf, not '{file.Name}'.");
            var width = BucketOption.Read(parse, bucket);
            await using var services = CliServices.Open(parse);
            var clock = services.GetRequiredService<TimeProvider>();
            var words = new ReportFormatting(ReadLocale(parse.GetValue(locale), services.GetRequiredService<UiLocale>()));
            var zone = words.Locale.TimeZone;
            var period = SearchFilterOptions.WithDefaultPeriod(filters.Read(parse, "", zone), width, clock, zone);
            var request = new ReportRequest(parse.GetValue(title) ?? words.Text("report.defaultTitle"),
                [.. parse.GetRequiredValue(queries).Select(q => new ReportQuery(q, q))], period.From!.Value, period.To!.Value.AddTicks(1), width)
            {
                Language = period.Language,
                SourceId = period.SourceId,
                Locale = words.Locale,
            };
            var builder = new ReportBuilder(services.GetRequiredService<ISearchIndex>(), services.GetRequiredService<IArticleStore>(),
                services.GetRequiredService<ISourceStore>(), services.GetRequiredService<Core.Stories.IStoryStore>(), clock);
            var document = await SearchFilterOptions.OrUsageErrorAsync(string.Join(" | ", request.Queries.Select(q => q.Query)),
                () => builder.BuildAsync(request, ct));
            var html = HtmlReportRenderer.Render(document);
            try
            {
                if (pdf) await new PdfReportPrinter().PrintAsync(html, file.FullName, ct);
                else await File.WriteAllTextAsync(file.FullName, html, ct);
            }
            catch (Exception e) when (e is PdfRendererUnavailableException or PdfRenderingException or IOException or UnauthorizedAccessException)
            {
                throw new CommandFailedException(e.Message);
            }
            // Recorded once written: a report that failed (an invalid query, no chromium) was not made.
            await CliAudit.RecordAsync(services, AuditActions.Report, null, new { queries = request.Queries.Select(q => q.Query), from = request.From, to = request.To, format = pdf ? "pdf" : "html" });
            await Terminal.Output(parse).WriteLineAsync($"wrote {file.FullName}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static UiLocale ReadLocale(string? text, UiLocale defaults)
    {
        if (text is null) return defaults;
        return UiLanguages.TryParse(text, out var language)
            ? defaults with { Language = language }
            : throw new UsageException($"--locale '{text}' is not a language Watchdog writes in; use en, ru or kk.");
    }
}
