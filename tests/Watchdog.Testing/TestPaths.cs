namespace Watchdog.Testing;

/// <summary>Locations tests read from: the repository root and the shared data folder beside it (../shared/data).</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedData { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string SharedDataPath(params string[] parts) => Path.Combine([SharedData, .. parts]);

    /// <summary>A fresh empty folder under the system temp folder, for one test's data.</summary>
    public static string NewTempFolder(string prefix = "watchdog-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a test's folder; one still held open is left for the OS to clean, and must not fail the run.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp-folder cleaning.
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Watchdog.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Tests must run from a build inside the Watchdog repository.");
    }
}
