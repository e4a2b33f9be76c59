namespace Watchdog.Reports.Documents;

/// <summary>Thrown when no headless chromium is installed to print PDF reports; the message says what to install.</summary>
public sealed class PdfRendererUnavailableException : Exception
{
    public const string AptPackage = "chromium";

    public PdfRendererUnavailableException()
        : base($"PDF reports are printed with headless Chromium, which was not found (looked for {string.Join(", ", ChromiumLocator.Candidates)} and on PATH). " +
               $"Install it with: apt-get install -y {AptPackage}. An HTML report needs nothing extra.")
    {
    }

    public PdfRendererUnavailableException(string message) : base(message)
    {
    }

    public PdfRendererUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>Thrown when chromium ran but produced no PDF (it failed, or did not finish in time).</summary>
public sealed class PdfRenderingException : Exception
{
    public PdfRenderingException()
    {
    }

    public PdfRenderingException(string message) : base(message)
    {
    }

    public PdfRenderingException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
