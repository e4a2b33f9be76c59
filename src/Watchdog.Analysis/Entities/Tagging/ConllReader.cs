namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>Reads CoNLL files: "token TAB tag" a line, a blank line between sentences.</summary>
public static class ConllReader
{
    /// <summary>Tags other than PER, ORG and LOC (MISC…) become O, and an I- left without its B- by that becomes B-.</summary>
    /// <exception cref="InvalidDataException">A line has no tab; the message names the file and line.</exception>
    public static IReadOnlyList<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var tab = line.LastIndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{path}:{lineNumber}: expected \"token<TAB>tag\".");
            tokens.Add(line[..tab]);
            tags.Add(line[(tab + 1)..].Trim());
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new TaggedSentence([.. tokens], Known(tags)));
            tokens.Clear();
            tags.Clear();
        }
    }

    private static string[] Known(List<string> tags)
    {
        var known = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = EntityLabels.All[EntityLabels.IndexOf(tags[i])];
            if (tag.StartsWith("I-", StringComparison.Ordinal) && (i == 0 || known[i - 1][1..] != tag[1..])) tag = "B-" + tag[2..];
            known[i] = tag;
        }
        return known;
    }
}
