using System.CommandLine;
using System.Globalization;
using Watchdog.Analysis.Entities.Tagging;
using Watchdog.Cli.CommandLine;

namespace Watchdog.Cli.Commands.Entities;

/// <summary>
/// `watchdog entities train --data DIR --out DIR`: trains the ru, kk and en entity models on the train parts of the
/// labelled sets and writes them where the build embeds them; prints each model's dev F1 and size. Deterministic.
/// </summary>
public static class EntityTrainCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder shaped like ../shared/data/nlp/ner (one folder a set, train.conll and dev.conll)", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write <lang>.ner.gz (the shipped models: src/Watchdog.Analysis/Entities/Models)", Required = true };
        var languages = new Option<string[]>("--lang") { Description = "Only these languages (default: ru, kk, en)", AllowMultipleArgumentsPerToken = true };
        var defaults = new TrainingSettings();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence shuffle", DefaultValueFactory = _ => defaults.Seed };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this", DefaultValueFactory = _ => defaults.PruneBelow };
        var command = new Command("train", "Train the entity tagger's models from labelled CoNLL sets") { data, output, languages, epochs, seed, prune };
        command.SetAction((parse, ct) =>
        {
            var folder = parse.GetValue(data)!;
            if (!folder.Exists) throw new UsageException($"--data '{folder.FullName}' does not exist.");
            var settings = new TrainingSettings(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(prune));
            if (settings.Epochs < 1) throw new UsageException("--epochs must be 1 or more.");
            var chosen = parse.GetValue(languages) is { Length: > 0 } given ? given : [.. EntityTagger.Languages];
            var outFolder = parse.GetValue(output)!;
            outFolder.Create();
            var console = Terminal.Output(parse);
            foreach (var language in chosen)
            {
                if (!EntityTagger.Supports(language)) throw new UsageException($"--lang '{language}': models are trained for {string.Join(", ", EntityTagger.Languages)}.");
                var model = PerceptronTrainer.Train(EntityTrainingSets.Load(folder.FullName, language, "train"), language, settings);
                var path = Path.Combine(outFolder.FullName, language + ".ner.gz");
                using (var file = File.Create(path)) model.Save(file);
                var dev = EntityTrainingSets.Load(folder.FullName, language, "dev");
                var tagger = new EntityTagger(model);
                var score = EntityScore.Of([.. dev.Select(s => s.Tags)], [.. dev.Select(s => (IReadOnlyList<string>)tagger.Tag(s.Tokens))]);
#pragma warning disable CA1849 // a synchronous command (training is CPU work); the Task is only the action's signature
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{language}: {model.FeatureCount} features, {new FileInfo(path).Length / 1024} KB → {path}; dev F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000})"));
#pragma warning restore CA1849
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
