using UglyToad.PdfPig;
using Watchdog.Reports.Documents;
using Watchdog.Reports.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Reports.Tests.Documents;

/// <summary>The sample report printed once through chromium, for all the tests that read it back.</summary>
public sealed class PrintedReportFixture : IAsyncLifetime
{
    public string PdfPath { get; } = Path.Combine(TestPaths.NewTempFolder("watchdog-report"), "report.pdf");

    public byte[] Bytes { get; private set; } = [];

    /// <summary>The words of each page joined by single spaces (PDF text has no reliable spaces of its own).</summary>
    public IReadOnlyList<string> PageTexts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Weekly());
        await new PdfReportPrinter().PrintAsync(html, PdfPath, CancellationToken.None);
        Bytes = await File.ReadAllBytesAsync(PdfPath);
        using var pdf = PdfDocument.Open(Bytes);
        PageTexts = pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))).ToList();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(PdfPath)!, recursive: true);
        return Task.CompletedTask;
    }
}
