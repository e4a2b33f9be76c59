using System.Diagnostics;

namespace Watchdog.Reports.Documents;

/// <summary>
/// Prints report HTML to PDF with headless chromium (Debian's package), which renders the same CSS and inline SVG
/// as the browser the HTML report is read in; one short-lived process per report, in its own temp folder.
/// </summary>
public sealed class PdfReportPrinter
{
    /// <summary>Long enough for a report of many sections on a busy 2-core machine (a 2-section report took 4.4 s here, most of it chromium starting).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    // Lines of chromium's stderr kept for an error message; it is chatty (dbus, GPU) even when it succeeds.
    private const int StderrLinesInError = 15;

    private readonly string? chromiumPath;
    private readonly TimeSpan timeout;

    /// <param name="chromiumPath">The chromium executable; null finds it with <see cref="ChromiumLocator"/>.</param>
    /// <param name="timeout">How long one print may take before the process is killed; default <see cref="DefaultTimeout"/>.</param>
    public PdfReportPrinter(string? chromiumPath = null, TimeSpan? timeout = null)
    {
        this.chromiumPath = chromiumPath;
        this.timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>Writes the PDF to <paramref name="outputPath"/> (replacing it), only once chromium has produced a complete file.</summary>
    /// <exception cref="PdfRendererUnavailableException">No chromium is installed.</exception>
    /// <exception cref="PdfRenderingException">Chromium failed or timed out.</exception>
    public async Task PrintAsync(string html, string outputPath, CancellationToken ct)
    {
        var executable = chromiumPath ?? ChromiumLocator.Find();
        if (executable is null || !File.Exists(executable)) throw new PdfRendererUnavailableException();
        var workFolder = Path.Combine(Path.GetTempPath(), $"watchdog-pdf-{Guid.NewGuid():N}");
        Directory.CreateDirectory(workFolder);
        try
        {
            var htmlPath = Path.Combine(workFolder, "report.html");
            var pdfPath = Path.Combine(workFolder, "report.pdf");
            await File.WriteAllTextAsync(htmlPath, html, ct);
            await RunChromiumAsync(executable, Arguments(htmlPath, pdfPath, workFolder), ct);
            CheckIsPdf(pdfPath);
            var target = Path.GetFullPath(outputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(pdfPath, target, overwrite: true);
        }
        finally
        {
            TryDelete(workFolder);
        }
    }

    /// <summary>The command line: headless, no sandbox (it refuses to run as root otherwise), own profile, no network chatter.</summary>
    public static IReadOnlyList<string> Arguments(string htmlPath, string pdfPath, string workFolder) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-dev-shm-usage",
        // A profile of its own, so two prints (or a user's browser) never fight over the profile lock.
        $"--user-data-dir={Path.Combine(workFolder, "profile")}",
        $"--print-to-pdf={pdfPath}",
        new Uri(htmlPath).AbsoluteUri,
    ];

    private async Task RunChromiumAsync(string executable, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new PdfRenderingException($"Could not start {executable}.");
        // Both pipes are drained so that a chatty chromium never blocks on a full pipe.
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            throw new PdfRenderingException($"Chromium did not print the report within {timeout.TotalSeconds:0} s and was stopped.");
        }
        await stdout;
        if (process.ExitCode != 0)
        {
            throw new PdfRenderingException($"Chromium exited with code {process.ExitCode} while printing the report: {Tail(await stderr)}");
        }
    }

    private static void CheckIsPdf(string pdfPath)
    {
        var info = new FileInfo(pdfPath);
        if (!info.Exists || info.Length < 5) throw new PdfRenderingException("Chromium exited without writing a PDF.");
        Span<byte> magic = stackalloc byte[5];
        using var file = File.OpenRead(pdfPath);
        file.ReadExactly(magic);
        if (!magic.SequenceEqual("%PDF-"u8)) throw new PdfRenderingException("Chromium wrote a file that is not a PDF.");
    }

    private static string Tail(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(StderrLinesInError));

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the print for it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
