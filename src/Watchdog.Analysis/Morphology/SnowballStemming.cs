using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Watchdog.Analysis.Morphology;

/// <summary>Russian and English Snowball stemmers from Lucene.NET, one instance per thread (they keep state).</summary>
internal static class SnowballStemming
{
    private static readonly ThreadLocal<SnowballProgram> RussianStemmer = new(() => new RussianStemmer());
    private static readonly ThreadLocal<SnowballProgram> EnglishStemmer = new(() => new EnglishStemmer());

    public static string Russian(string word)
    {
        var stem = Stem(RussianStemmer.Value!, word);
        // Snowball reads the н of -ан/-ян nouns as a participle suffix in some forms only
        // (Казахстан, Казахстана → казахста but Казахстане → казахстан); putting it back makes all forms agree.
        return stem.Length > 0 && stem.Length < word.Length && stem[^1] is 'а' or 'я' && word[stem.Length] == 'н' ? stem + "н" : stem;
    }

    /// <summary>English Porter2 stem of a word without its possessive ('s, s').</summary>
    public static string English(string word) => Stem(EnglishStemmer.Value!, EnglishPossessive.Strip(word));

    private static string Stem(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
