using System.Globalization;
using System.Text;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Text;

/// <summary>
/// Every key the matcher and the index compute for a word — normal form, Russian/Kazakh/English keys (capitalised or
/// not), name key — over every word of the shipped fixtures, against a golden file written by the code before the
/// analysis path was made faster. Speed work must not change a single key: stored indexes and compiled queries
/// rely on them. A deliberate change of a rule regenerates the file (WATCHDOG_WRITE_ANALYSIS_GOLDEN=1) and says why.
/// </summary>
public sealed class AnalysisGoldenTests
{
    private const string GoldenFile = "analysis-keys.tsv";
    private static readonly string GoldenFolder = Path.Combine("Fixtures", "Golden");

    /// <summary>Written forms the fixtures may lack: script look-alikes, soft hyphens, stress marks, apostrophes, Kazakh Latin.</summary>
    private static readonly string[] EdgeCases =
    [
        "Aлматы", "Kaзахстан", "Алмaты", "уни\u00ADверситет", "за\u0301мок", "м\u2019ясо", "O\u2019Brien", "don't",
        "Qazaqstannyñ", "Qazaqstanda", "Almaty", "ЁЛКА", "ёлка", "Ивановым", "Назарбаевтың", "Назарбаеваға",
        "Достоевского", "Ахметов", "Ахмет", "universities", "executed", "skies", "dying", "generously", "hopping",
        "Абайдың", "Қазақстанның", "Ақордада", "үйлерде", "Ivanov's", "İstanbul", "ﬁnance", "Ǆ", "123", "2026-ға",
    ];

    [Fact]
    public void Keys_are_the_same_as_the_golden_file()
    {
        var actual = Render(WrittenForms());
        var sourcePath = Path.Combine(SourceFixtures(), "Golden", GoldenFile);
        if (Environment.GetEnvironmentVariable("WATCHDOG_WRITE_ANALYSIS_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, actual);
            return;
        }
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, GoldenFolder, GoldenFile));
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var differences = expectedLines.Zip(actualLines).Where(pair => pair.First != pair.Second).Take(10)
            .Select(pair => $"golden: {pair.First}\nnow:    {pair.Second}").ToList();
        Assert.True(differences.Count == 0 && expectedLines.Length == actualLines.Length,
            $"{expectedLines.Length} golden lines, {actualLines.Length} now; first differences:\n{string.Join('\n', differences)}");
    }

    [Fact]
    public void The_golden_file_covers_every_language_and_many_words()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, GoldenFolder, GoldenFile));
        Assert.True(lines.Length > 4_000, $"only {lines.Length} lines");
        Assert.Contains(lines, line => line.StartsWith("Назарбаевтың\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Qazaqstannyñ\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("universities\t", StringComparison.Ordinal));
    }

    /// <summary>Distinct written forms, in order of first appearance, as the tokenizer cuts every shipped fixture.</summary>
    private static List<string> WrittenForms()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var texts = Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "Golden" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append(string.Join(' ', EdgeCases));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var forms = new List<string>();
        foreach (var text in texts)
        {
            var position = 0;
            while (Tokenizer.NextWord(text, ref position, out var start, out var length))
            {
                var written = text.Substring(start, length);
                if (seen.Add(written)) forms.Add(written);
            }
        }
        return forms;
    }

    private static string Render(List<string> forms)
    {
        var builder = new StringBuilder();
        builder.Append("# written\tnormal\tcapitalised\tru\tru-capitalised\tkk\ten\tname\ttokens\n");
        foreach (var written in forms)
        {
            var normal = WordNormalizer.Normalize(written.AsSpan());
            var capitalised = Normalizer.IsCapitalised(written);
            var tokens = string.Join(' ', Tokenizer.Tokenize(written).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Text}@{t.Start}+{t.Length}{(t.Capitalised ? "^" : "")}")));
            builder.Append(CultureInfo.InvariantCulture, $"{Escape(written)}\t{Escape(normal)}\t{(capitalised ? 1 : 0)}\t");
            if (normal.Length == 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\t\t\t\t\t{Escape(tokens)}\n");
                continue;
            }
            builder.Append(CultureInfo.InvariantCulture,
                $"{Escape(Normalizer.Stem(normal, "ru", capitalised: false))}\t{Escape(Normalizer.Stem(normal, "ru", capitalised: true))}\t" +
                $"{Escape(Normalizer.Stem(normal, "kk", capitalised))}\t{Escape(Normalizer.Stem(normal, "en", capitalised))}\t" +
                $"{Escape(NameNormalizer.Normalize(normal))}\t{Escape(tokens)}\n");
        }
        return builder.ToString();
    }

    // Keeps a key that holds a tab or a line break on its own line, visible.
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string SourceFixtures([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here))!, "Fixtures");
}
