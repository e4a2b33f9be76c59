using Watchdog.Reports.Documents;

namespace Watchdog.Web.Reporting;

/// <summary>
/// Prints reports to PDF one at a time: each print is a chromium process of a few hundred MB, and several at once on a
/// small server would starve the app and the pipeline. Later requests wait their turn (or give up when cancelled).
/// </summary>
public sealed class PdfPrintQueue(PdfReportPrinter printer) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <exception cref="PdfRendererUnavailableException">No chromium is installed.</exception>
    /// <exception cref="PdfRenderingException">Chromium failed or timed out.</exception>
    public async Task PrintAsync(string html, string outputPath, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            await printer.PrintAsync(html, outputPath, ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
