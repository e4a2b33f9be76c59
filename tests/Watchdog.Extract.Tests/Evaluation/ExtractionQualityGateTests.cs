using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Watchdog.Extract.Evaluation;
using Watchdog.Testing;

namespace Watchdog.Extract.Tests.Evaluation;

/// <summary>
/// The quality gate: extraction F1 on the shared benchmark must not fall below the floor pinned in
/// extraction-baseline.json. The floor is raised when the extractor improves; lowering it is a
/// decision to state in the commit. The corpus hash makes sure the floor is compared on the same pages.
/// </summary>
public class ExtractionQualityGateTests
{
    private static readonly string DataDir = TestPaths.SharedDataPath("extraction");

    private static Baseline ReadBaseline()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Watchdog.Extract.Tests", "extraction-baseline.json");
        return JsonSerializer.Deserialize<Baseline>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException($"{path} is empty");
    }

    [Fact]
    public void Baseline_was_measured_on_this_corpus()
    {
        var baseline = ReadBaseline();
        var files = BenchmarkCorpus.ListHtmlFiles(DataDir);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files))));

        Assert.True(hash == baseline.CorpusSha256,
            $"The corpus in {DataDir} changed ({files.Count} files, sha256 of names {hash}); re-measure and update extraction-baseline.json.");
    }

    [Fact]
    public void F1_on_the_shared_benchmark_stays_at_or_above_the_floor()
    {
        var baseline = ReadBaseline();

        var report = ExtractionEvaluator.Evaluate(DataDir);

        Assert.True(report.Summary.F1 >= baseline.F1Floor,
            $"Extraction F1 fell to {report.Summary.F1:F4} (floor {baseline.F1Floor:F4}).\n{report.FormatSummary()}");
    }

    private sealed record Baseline(double F1Floor, string CorpusSha256);
}
