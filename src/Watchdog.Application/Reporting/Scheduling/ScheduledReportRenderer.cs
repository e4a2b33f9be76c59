using Watchdog.Core.Localization;
using Watchdog.Reports.Documents;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>Builds a scheduled report's run with <see cref="ReportBuilder"/> and renders it to HTML, and to PDF when asked.</summary>
/// <param name="defaults">The installation's language and time zone (settings <c>language</c> and <c>timeZone</c>).</param>
public sealed class ScheduledReportRenderer(ReportBuilder builder, PdfReportPrinter printer, UiLocale defaults)
{
    /// <exception cref="Watchdog.Core.Search.InvalidQueryException">A query names an unknown watchlist (syntax was checked at start).</exception>
    /// <exception cref="PdfRendererUnavailableException">PDF is asked for and chromium is not installed.</exception>
    /// <exception cref="PdfRenderingException">Chromium failed or timed out.</exception>
    public async Task<RenderedReport> RenderAsync(ScheduledReport report, DateTimeOffset due, CancellationToken ct)
    {
        var document = await builder.BuildAsync(report.RequestFor(due, defaults), ct);
        var html = HtmlReportRenderer.Render(document);
        return new RenderedReport(report, document, html, report.Format == ScheduledReportFormat.Pdf ? await PrintAsync(html, ct) : null);
    }

    private async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"watchdog-scheduled-report-{Guid.NewGuid():N}.pdf");
        try
        {
            await printer.PrintAsync(html, path, ct);
            return await File.ReadAllBytesAsync(path, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
