namespace Watchdog.Bench;

/// <summary>Small helpers the benchmarks share.</summary>
public static class BenchMath
{
    /// <summary>The value below which a share <paramref name="p"/> of the sorted values fall (nearest rank).</summary>
    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    /// <summary>Removes a benchmark's scratch folder; a file still held open only leaves the folder behind.</summary>
    public static void TryDeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
