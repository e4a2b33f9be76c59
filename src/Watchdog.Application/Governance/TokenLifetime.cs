using System.Diagnostics.CodeAnalysis;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Application.Governance;

/// <summary>How long a new API token works, as written on the command line or in an API request: <c>90d</c>, <c>12h</c> or <c>never</c>.</summary>
public static class TokenLifetime
{
    /// <summary>A token left in a script or a browser tab should not work for ever; a quarter is long enough not to be a chore.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromDays(90);

    /// <summary>Shorter lifetimes are more likely a typo (<c>90m</c> for <c>90d</c>) than a wish.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromHours(1);

    public const string Never = "never";

    /// <param name="text">Null or empty: <see cref="Default"/>.</param>
    /// <param name="lifetime">Null when the token never expires.</param>
    public static bool TryParse(string? text, out TimeSpan? lifetime, [NotNullWhen(false)] out string? error)
    {
        lifetime = Default;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (string.Equals(text.Trim(), Never, StringComparison.OrdinalIgnoreCase))
        {
            lifetime = null;
            return true;
        }
        if (Duration.TryParse(text, out var duration) && duration.Value.Value >= Minimum)
        {
            lifetime = duration.Value.Value;
            return true;
        }
        error = $"'{text}' is not a token lifetime: write e.g. 30d, 12h (at least 1h) or never.";
        return false;
    }

    public static DateTimeOffset? ExpiresAt(TimeSpan? lifetime, DateTimeOffset now) => lifetime is { } l ? now + l : null;
}
