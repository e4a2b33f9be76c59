using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// Keeps the words written in a text's main script (the one most of its letters are in). A Latin brand name
/// in a Cyrillic headline ("Apple представила новый iPhone") says nothing about which Cyrillic language the
/// headline is in, yet each Cyrillic language's training text has a different, accidental share of Latin
/// words, so scoring it would add noise; the same selection is applied to the training text.
/// </summary>
internal static class MainScriptWords
{
    private enum Script { Cyrillic, Latin, Other }

    public static IReadOnlyList<string> Select(IReadOnlyList<string> words)
    {
        if (words.Count < 2) return words;
        var scripts = words.Select(ScriptOf).ToArray();
        var letters = new int[3];
        for (var i = 0; i < words.Count; i++) letters[(int)scripts[i]] += words[i].Count(char.IsLetter);
        var main = (Script)Array.IndexOf(letters, letters.Max());
        return [.. words.Where((_, i) => scripts[i] == main)];
    }

    private static Script ScriptOf(string word)
    {
        int cyrillic = 0, latin = 0, other = 0;
        foreach (var c in word)
        {
            if (ScriptLookalikes.IsCyrillic(c)) cyrillic++;
            else if (ScriptLookalikes.IsLatin(c)) latin++;
            else if (char.IsLetter(c)) other++;
        }
        if (cyrillic >= latin && cyrillic >= other) return Script.Cyrillic;
        return latin >= other ? Script.Latin : Script.Other;
    }
}
