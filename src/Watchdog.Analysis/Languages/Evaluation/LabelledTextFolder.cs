namespace Watchdog.Analysis.Languages.Evaluation;

/// <summary>Reads a language-id test folder laid out as <c>&lt;kind&gt;/&lt;iso-code&gt;.txt</c>, one item per line.</summary>
public static class LabelledTextFolder
{
    public static IReadOnlyList<LabelledText> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"No language-id test folder at {folder}");
        var items = new List<LabelledText>();
        foreach (var kindFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var kind = Path.GetFileName(kindFolder);
            foreach (var file in Directory.GetFiles(kindFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                var language = Path.GetFileNameWithoutExtension(file);
                items.AddRange(File.ReadLines(file)
                    .Where(line => !string.IsNullOrWhiteSpace(line))
                    .Select(line => new LabelledText(line, language, kind)));
            }
        }
        return items;
    }
}
