using Watchdog.Analysis.Languages;

namespace Watchdog.Analysis.Tests.Languages;

public class EvidenceCombinerTests
{
    private static readonly string[] Languages = ["ru", "bg", "mk"];

    [Fact]
    public void Keeps_linguas_ranking_when_the_model_has_no_preference()
    {
        var combined = EvidenceCombiner.Combine(Languages, new Dictionary<string, double> { ["ru"] = 0.5, ["bg"] = 0.3, ["mk"] = 0.2 }, [-10, -10, -10]);
        Assert.Equal(["ru", "bg", "mk"], combined.OrderByDescending(score => score.Confidence).Select(score => score.Language));
        Assert.Equal(1.0, combined.Sum(score => score.Confidence), precision: 9);
    }

    [Fact]
    public void Strong_model_evidence_overturns_a_near_tie()
    {
        var combined = EvidenceCombiner.Combine(Languages, new Dictionary<string, double> { ["ru"] = 0.45, ["bg"] = 0.40, ["mk"] = 0.15 }, [-30, -15, -30]);
        Assert.Equal("bg", combined.MaxBy(score => score.Confidence)!.Language);
    }

    [Fact]
    public void Weak_model_evidence_does_not_overturn_a_confident_lingua()
    {
        var combined = EvidenceCombiner.Combine(Languages, new Dictionary<string, double> { ["ru"] = 0.98, ["bg"] = 0.01, ["mk"] = 0.01 }, [-12, -10, -12]);
        Assert.Equal("ru", combined.MaxBy(score => score.Confidence)!.Language);
    }
}
