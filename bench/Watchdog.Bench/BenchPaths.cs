namespace Watchdog.Bench;

/// <summary>Where the repository, the shared data and the results folder are, found from the working directory upward.</summary>
public static class BenchPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
    public static string Results => Directory.CreateDirectory(Path.Combine(RepoRoot, "bench", "results")).FullName;

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Watchdog.slnx"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the Watchdog repository.");
    }
}
