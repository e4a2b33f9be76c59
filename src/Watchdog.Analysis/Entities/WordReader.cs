using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Entities;

/// <summary>Reads a text into <see cref="Word"/>s: the tokenizer's words with their capitals and sentence starts.</summary>
internal static class WordReader
{
    private const string SentenceEnds = "!?…:;\n";

    public static Word[] Read(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new Word[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var end = WithoutPossessive(text, token.Start, token.End);
            var surface = text[token.Start..end];
            var letters = surface.Where(char.IsLetter).ToList();
            var previous = i > 0 ? words[i - 1] : null;
            var gap = text[(previous?.End ?? 0)..token.Start];
            words[i] = new Word(
                Index: i,
                Surface: surface,
                Normal: EnglishPossessive.Strip(token.Text),
                Start: token.Start,
                End: end,
                Capitalised: char.IsUpper(surface[0]),
                AllCaps: letters.Count >= 2 && letters.All(char.IsUpper),
                IsLatin: letters.Count > 0 && letters.All(c => c < 'ʯ'),
                IsInitial: surface.Length == 1 && char.IsUpper(surface[0]) && end < text.Length && text[end] == '.',
                StartsSentence: previous is null || EndsSentence(previous, gap),
                GapBefore: gap);
        }
        return words;
    }

    // "Tokayev's" is the name Tokayev; the span leaves the possessive out.
    private static int WithoutPossessive(string text, int start, int end) =>
        end - start > 3 && text[end - 1] is 's' && WordNormalizer.IsApostrophe(text[end - 2]) ? end - 2 : end;

    private static bool EndsSentence(Word previous, string gap)
    {
        if (gap.Any(c => SentenceEnds.Contains(c))) return true;
        // A full stop after an initial or an abbreviation (J. Smith, Mr. Smith, г. Алматы) does not end the sentence.
        return gap.Contains('.') && !previous.IsInitial && !EntityCues.Abbreviations.Contains(previous.Normal);
    }
}
