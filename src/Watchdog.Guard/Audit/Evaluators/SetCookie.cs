namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>The name and attributes of one Set-Cookie header (the value is not kept: it may be a session secret).</summary>
public sealed record SetCookie(string Name, bool Secure, bool HttpOnly, string? SameSite)
{
    /// <returns>The cookie, or null when the header has no name=value pair.</returns>
    public static SetCookie? Parse(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries);
        var equals = parts[0].IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) return null;
        var attributes = parts[1..]
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p[0].Length > 0)
            .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().ElementAtOrDefault(1) ?? "", StringComparer.OrdinalIgnoreCase);
        return new SetCookie(
            parts[0][..equals].Trim(),
            attributes.ContainsKey("Secure"),
            attributes.ContainsKey("HttpOnly"),
            attributes.TryGetValue("SameSite", out var sameSite) ? sameSite : null);
    }
}
