namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>A parsed Content-Security-Policy header: directive name (lower case) → its source expressions.</summary>
public sealed record ContentSecurityPolicy(IReadOnlyDictionary<string, IReadOnlyList<string>> Directives)
{
    /// <summary>Parses one or more policies (several headers joined by ", "); the first occurrence of a directive wins,
    /// as browsers do within a policy.</summary>
    public static ContentSecurityPolicy Parse(string header)
    {
        var directives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in header.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 0) directives.TryAdd(tokens[0].ToLowerInvariant(), tokens[1..]);
        }
        return new ContentSecurityPolicy(directives);
    }

    /// <summary>The sources that govern scripts: script-src, else default-src, else null (scripts unrestricted).</summary>
    public IReadOnlyList<string>? ScriptSources =>
        Directives.TryGetValue("script-src", out var script) ? script
        : Directives.TryGetValue("default-src", out var fallback) ? fallback : null;

    public bool Has(string directive) => Directives.ContainsKey(directive);
}
