namespace Watchdog.Extract.Metadata;

/// <summary>
/// Whitespace-separated attribute values (class, rel, itemprop) tested token by token, as the CSS
/// selectors <c>[name~='token']</c> and <c>.token</c> do: HTML's space characters separate tokens.
/// </summary>
public static class AttributeTokens
{
    private static readonly char[] HtmlSpaces = [' ', '\t', '\n', '\r', '\f'];

    public static bool Contains(string? value, string token, StringComparison comparison)
    {
        if (value is null) return false;
        foreach (var range in value.AsSpan().SplitAny(HtmlSpaces))
        {
            if (value.AsSpan(range).Equals(token, comparison)) return true;
        }
        return false;
    }

    /// <summary>Whether any token equals (ordinally) any of <paramref name="tokens"/>.</summary>
    public static bool ContainsAny(string? value, string[] tokens)
    {
        if (value is null) return false;
        foreach (var range in value.AsSpan().SplitAny(HtmlSpaces))
        {
            var candidate = value.AsSpan(range);
            foreach (var token in tokens)
            {
                if (candidate.SequenceEqual(token)) return true;
            }
        }
        return false;
    }
}
