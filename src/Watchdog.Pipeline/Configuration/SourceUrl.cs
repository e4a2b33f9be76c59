using System.Diagnostics.CodeAnalysis;

namespace Watchdog.Pipeline.Configuration;

/// <summary>Validates a source URL typed by a person (config file, CLI, API).</summary>
public static class SourceUrl
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? reason)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "is empty.";
            return false;
        }
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.Host.Length == 0)
        {
            reason = $"'{text}' is not an absolute http(s) URL.";
            return false;
        }
        url = parsed;
        reason = null;
        return true;
    }
}
