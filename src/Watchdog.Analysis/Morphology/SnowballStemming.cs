using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Watchdog.Analysis.Morphology;

/// <summary>The Russian Snowball stemmer from Lucene.NET, one instance per thread (it keeps state). English: <see cref="EnglishStemming"/>.</summary>
internal static class SnowballStemming
{
    private static readonly ThreadLocal<SnowballProgram> RussianStemmer = new(() => new RussianStemmer());

    public static string Russian(string word)
    {
        var stem = Stem(RussianStemmer.Value!, word);
        // Snowball reads the н of -ан/-ян nouns as a participle suffix in some forms only
        // (Казахстан, Казахстана → казахста but Казахстане → казахстан); putting it back makes all forms agree.
        return stem.Length > 0 && stem.Length < word.Length && stem[^1] is 'а' or 'я' && word[stem.Length] == 'н' ? stem + "н" : stem;
    }

    private static string Stem(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        // A word that is its own stem is remembered as one string, not two (the key caches hold hundreds of thousands).
        return stem.Equals(word, StringComparison.Ordinal) ? word : stem;
    }
}
