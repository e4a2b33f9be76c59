namespace Watchdog.Analysis.Morphology.Kazakh;

/// <summary>
/// The noun suffixes the stemmer strips, every vowel-harmony and assimilation variant spelled out with the
/// stem ending that selects it (from standard Kazakh grammar; see README.md in this folder).
/// </summary>
internal static class KazakhSuffixes
{
    public static IReadOnlyList<KazakhSuffix> All { get; } =
    [
        // Plural: -лар after vowels and р й у, -дар after л м н ң з ж, -тар after voiceless consonants.
        .. Pair("лар", "лер", SuffixSlot.Plural, StemEnd.VowelOrRyu),
        .. Pair("дар", "дер", SuffixSlot.Plural, StemEnd.LmnZh),
        .. Pair("тар", "тер", SuffixSlot.Plural, StemEnd.Voiceless),

        // Possessive: 1st person plural, polite 2nd person, 3rd person. The 1st and 2nd person singular (-ым/-ім,
        // -ың/-ің) are left on: "my …", "your …" are rare in news, while nouns built with -ым/-ім are frequent and would
        // meet an unrelated verb or root (білім/біл, шешім/шеш, сенім/сен "trust"/"you", қысым/қыс "pressure"/"winter").
        .. Pair("ымыз", "іміз", SuffixSlot.Possessive, StemEnd.Consonant),
        .. Pair("мыз", "міз", SuffixSlot.Possessive, StemEnd.Vowel),
        .. Pair("ыңыз", "іңіз", SuffixSlot.Possessive, StemEnd.Consonant),
        .. Pair("ңыз", "ңіз", SuffixSlot.Possessive, StemEnd.Vowel),
        .. Pair("сы", "сі", SuffixSlot.Possessive, StemEnd.Vowel),
        .. Pair("ы", "і", SuffixSlot.Possessive, StemEnd.Consonant),

        // Locative attributive (Алматыдағы "the one in Almaty"), frequent in news headlines.
        .. Pair("дағы", "дегі", SuffixSlot.Case, StemEnd.VowelOrVoiced),
        .. Pair("тағы", "тегі", SuffixSlot.Case, StemEnd.Voiceless),
        .. Pair("ндағы", "ндегі", SuffixSlot.Case, StemEnd.ThirdPersonPossessive),
        // Genitive.
        .. Pair("ның", "нің", SuffixSlot.Case, StemEnd.VowelOrNasal),
        .. Pair("дың", "дің", SuffixSlot.Case, StemEnd.Sonorant),
        .. Pair("тың", "тің", SuffixSlot.Case, StemEnd.Voiceless),
        // Dative.
        .. Pair("ға", "ге", SuffixSlot.Case, StemEnd.VowelOrVoiced),
        .. Pair("қа", "ке", SuffixSlot.Case, StemEnd.Voiceless),
        .. Pair("на", "не", SuffixSlot.Case, StemEnd.ThirdPersonPossessive),
        // Accusative.
        .. Pair("ны", "ні", SuffixSlot.Case, StemEnd.Vowel),
        .. Pair("ды", "ді", SuffixSlot.Case, StemEnd.VoicedConsonant),
        .. Pair("ты", "ті", SuffixSlot.Case, StemEnd.Voiceless),
        // Locative.
        .. Pair("да", "де", SuffixSlot.Case, StemEnd.VowelOrVoiced),
        .. Pair("та", "те", SuffixSlot.Case, StemEnd.Voiceless),
        .. Pair("нда", "нде", SuffixSlot.Case, StemEnd.ThirdPersonPossessive),
        // Ablative.
        .. Pair("дан", "ден", SuffixSlot.Case, StemEnd.VowelOrSonorant),
        .. Pair("нан", "нен", SuffixSlot.Case, StemEnd.Nasal),
        .. Pair("нан", "нен", SuffixSlot.Case, StemEnd.ThirdPersonPossessive),
        .. Pair("тан", "тен", SuffixSlot.Case, StemEnd.Voiceless),
        // Instrumental (-мен and its long form -менен; -бен/-пен after ж з and voiceless consonants). No harmony.
        new("менен", SuffixSlot.Case, StemEnd.VowelOrVoiced, FollowsHarmony: false),
        new("мен", SuffixSlot.Case, StemEnd.VowelOrVoiced, FollowsHarmony: false),
        new("бенен", SuffixSlot.Case, StemEnd.VoicedConsonant, FollowsHarmony: false),
        new("бен", SuffixSlot.Case, StemEnd.VoicedConsonant, FollowsHarmony: false),
        new("пенен", SuffixSlot.Case, StemEnd.Voiceless, FollowsHarmony: false),
        new("пен", SuffixSlot.Case, StemEnd.Voiceless, FollowsHarmony: false),
    ];

    /// <summary>The slots in the order they are stripped: the last suffix of a word is removed first.</summary>
    public static IReadOnlyList<SuffixSlot> StripOrder { get; } = [SuffixSlot.Case, SuffixSlot.Possessive, SuffixSlot.Plural];

    private static KazakhSuffix[] Pair(string back, string front, SuffixSlot slot, StemEnd after) =>
        [new(back, slot, after), new(front, slot, after)];
}
