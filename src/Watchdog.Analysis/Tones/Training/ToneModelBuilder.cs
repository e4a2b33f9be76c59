namespace Watchdog.Analysis.Tones.Training;

/// <summary>What one language's training produced.</summary>
public sealed record BuiltToneModel(string Language, int Examples, string Path, long Bytes);

/// <summary>
/// The <c>train</c> step: for each language with a model, reads <c>DATA/&lt;lang&gt;/train.tsv</c>, fits a model on every
/// row with <see cref="ToneTrainingSettings.Default"/> (the settings cross-validation chose on 90 % of it) and writes
/// <c>OUT/&lt;lang&gt;.bin.gz</c>, the file the assembly embeds. Deterministic: the same data gives the same bytes.
/// </summary>
public static class ToneModelBuilder
{
    public static IReadOnlyList<BuiltToneModel> Build(string dataFolder, string outputFolder, Action<string> report)
    {
        Directory.CreateDirectory(outputFolder);
        var built = new List<BuiltToneModel>();
        foreach (var language in ToneClassifier.Languages)
        {
            var file = System.IO.Path.Combine(dataFolder, language, "train.tsv");
            if (!File.Exists(file)) throw new FileNotFoundException($"No tone training set for '{language}' at {file}.", file);
            IReadOnlyList<ToneExample> examples;
            using (var reader = File.OpenText(file)) examples = ToneExamples.Read(reader, skipped => report($"{file}: skipped {skipped}"));
            var model = ToneTrainer.Train(examples, language, ToneFeatureSettings.Default, ToneTrainingSettings.Default);
            var path = System.IO.Path.Combine(outputFolder, language + ".bin.gz");
#pragma warning disable CA2000 // false positive: the using statement disposes it (the analyzer loses track through Write's GZipStream)
            using (var output = File.Create(path)) model.Write(output);
#pragma warning restore CA2000
            var bytes = new FileInfo(path).Length;
            report($"{language}: {examples.Count} examples → {path} ({bytes / 1024} KB)");
            built.Add(new BuiltToneModel(language, examples.Count, path, bytes));
        }
        return built;
    }
}
