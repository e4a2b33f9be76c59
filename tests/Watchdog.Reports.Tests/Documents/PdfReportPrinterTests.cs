using System.Text;
using Watchdog.Reports.Documents;
using Watchdog.Testing;

namespace Watchdog.Reports.Tests.Documents;

public class PdfReportPrinterTests(PrintedReportFixture printed) : IClassFixture<PrintedReportFixture>
{
    [Fact]
    public void The_file_is_a_pdf()
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(printed.Bytes, 0, 5));
    }

    [Fact]
    public void The_report_title_reads_back_from_the_first_page()
    {
        Assert.Contains("Выборы и протесты: недельный обзор", printed.PageTexts[0]);
    }

    [Fact]
    public void A_cyrillic_section_heading_reads_back()
    {
        Assert.Contains(printed.PageTexts, text => text.Contains("Выборы в Мажилис", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_section_starts_on_a_page_of_its_own()
    {
        var electionsPage = printed.PageTexts.ToList().FindIndex(text => text.StartsWith("Выборы в Мажилис", StringComparison.Ordinal));
        var protestsPage = printed.PageTexts.ToList().FindIndex(text => text.StartsWith("Протесты", StringComparison.Ordinal));
        Assert.True(electionsPage > 0, "the first section starts a page after the cover");
        Assert.True(protestsPage > electionsPage, "the second section starts a later page");
    }

    [Fact]
    public async Task A_missing_chromium_gives_an_error_naming_the_apt_package()
    {
        var printer = new PdfReportPrinter(chromiumPath: "/nonexistent/chromium");
        var error = await Assert.ThrowsAsync<PdfRendererUnavailableException>(
            () => printer.PrintAsync("<p>x</p>", Path.Combine(Path.GetTempPath(), "never.pdf"), CancellationToken.None));
        Assert.Contains("apt-get install -y chromium", error.Message);
    }

    [Fact]
    public async Task Cancelling_stops_chromium_and_writes_no_file()
    {
        var output = Path.Combine(TestPaths.NewTempFolder("watchdog-report"), "cancelled.pdf");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PdfReportPrinter().PrintAsync("<p>x</p>", output, cancel.Token));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Running_past_the_timeout_is_a_rendering_error()
    {
        var output = Path.Combine(TestPaths.NewTempFolder("watchdog-report"), "late.pdf");
        var printer = new PdfReportPrinter(timeout: TimeSpan.FromMilliseconds(50));
        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => printer.PrintAsync("<p>x</p>", output, CancellationToken.None));
        Assert.Contains("within", error.Message);
    }

    [Fact]
    public void Chromium_is_found_on_the_path()
    {
        var folder = TestPaths.NewTempFolder("watchdog-path");
        File.WriteAllText(Path.Combine(folder, "chromium"), "");
        Assert.Equal(Path.Combine(folder, "chromium"), ChromiumLocator.FindOnPath($"/nonexistent{Path.PathSeparator}{folder}"));
    }
}
