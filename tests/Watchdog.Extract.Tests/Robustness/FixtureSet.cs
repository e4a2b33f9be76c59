using Watchdog.Extract.Evaluation;

namespace Watchdog.Extract.Tests.Robustness;

/// <summary>A benchmark-shaped folder of hand-written pages under Fixtures/, evaluated once per test run.</summary>
internal sealed class FixtureSet(string name)
{
    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private EvaluationReport? _report;

    public EvaluationReport Report => LazyInitializer.EnsureInitialized(ref _report, () => ExtractionEvaluator.Evaluate(_folder));

    public PageResult Page(string id) => Report.Pages.Single(p => p.Id == id);

    public TheoryData<string> Ids() => [.. BenchmarkCorpus.Load(_folder).Select(p => p.Id)];
}
