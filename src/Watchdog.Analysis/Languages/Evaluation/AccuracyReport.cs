using System.Diagnostics;

namespace Watchdog.Analysis.Languages.Evaluation;

/// <summary>Accuracy of one language and kind: how many items were labelled right, and how many were left "und".</summary>
public sealed record AccuracyCell(string Language, string Kind, int Items, int Correct, int Undetermined)
{
    public double Accuracy => Items == 0 ? 0 : (double)Correct / Items;
}

/// <summary>How a detector did on a labelled test set: per language and kind, overall, and its speed.</summary>
public sealed record AccuracyReport(IReadOnlyList<AccuracyCell> Cells, double ItemsPerSecond)
{
    public double Overall => Cells.Sum(cell => cell.Items) == 0 ? 0 : (double)Cells.Sum(cell => cell.Correct) / Cells.Sum(cell => cell.Items);

    public AccuracyCell? Cell(string language, string kind) =>
        Cells.FirstOrDefault(cell => cell.Language == language && cell.Kind == kind);

    public double KindAccuracy(string kind)
    {
        var cells = Cells.Where(cell => cell.Kind == kind).ToList();
        var items = cells.Sum(cell => cell.Items);
        return items == 0 ? 0 : (double)cells.Sum(cell => cell.Correct) / items;
    }

    /// <summary>Runs <paramref name="detect"/> over every item and times it (wall clock).</summary>
    /// <param name="threads">1 (the default) measures single-thread speed; more only shortens a quality check.</param>
    public static AccuracyReport Measure(IReadOnlyList<LabelledText> items, Func<string, string> detect, int threads = 1)
    {
        var clock = Stopwatch.StartNew();
        var answers = Answer(items, detect, threads);
        clock.Stop();
        return FromAnswers(items, answers, items.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    /// <returns>The detector's answer for each item, in the items' order.</returns>
    public static string[] Answer(IReadOnlyList<LabelledText> items, Func<string, string> detect, int threads = 1)
    {
        var answers = new string[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => answers[i] = detect(items[i].Text));
        return answers;
    }

    /// <param name="answers">One answer per item, in the items' order.</param>
    /// <param name="itemsPerSecond">The speed to report, or 0 when the answers were not timed.</param>
    public static AccuracyReport FromAnswers(IReadOnlyList<LabelledText> items, IReadOnlyList<string> answers, double itemsPerSecond = 0)
    {
        if (answers.Count != items.Count) throw new ArgumentException($"{answers.Count} answers for {items.Count} items.", nameof(answers));
        var cells = items
            .Select((item, index) => (item, answer: answers[index]))
            .GroupBy(pair => (pair.item.Language, pair.item.Kind))
            .OrderBy(group => group.Key.Kind, StringComparer.Ordinal).ThenBy(group => group.Key.Language, StringComparer.Ordinal)
            .Select(group => new AccuracyCell(
                group.Key.Language,
                group.Key.Kind,
                group.Count(),
                group.Count(pair => pair.answer == pair.item.Language),
                group.Count(pair => pair.answer == LanguageCodes.Undetermined)))
            .ToList();
        return new AccuracyReport(cells, itemsPerSecond);
    }
}
