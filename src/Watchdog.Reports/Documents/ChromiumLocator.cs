namespace Watchdog.Reports.Documents;

/// <summary>Finds Debian's chromium: the usual install paths first, then the PATH.</summary>
public static class ChromiumLocator
{
    public static readonly IReadOnlyList<string> Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private static readonly string[] CommandNames = ["chromium", "chromium-browser"];

    /// <summary>The full path of a chromium executable, or null when there is none.</summary>
    public static string? Find() =>
        Candidates.FirstOrDefault(File.Exists) ?? FindOnPath(Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The first directory of <paramref name="path"/> holding a chromium executable.</summary>
    public static string? FindOnPath(string? path) =>
        (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => CommandNames.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
