namespace Watchdog.Analysis.Morphology.Kazakh;

/// <summary>The slots of a Kazakh noun, in the order they follow the root: root + plural + possessive + case.</summary>
internal enum SuffixSlot
{
    Plural,
    Possessive,
    Case,
}

/// <summary>What the sound before a suffix variant must be for that variant to be the one Kazakh uses.</summary>
internal enum StemEnd
{
    /// <summary>Any sound.</summary>
    Any,
    Vowel,
    Consonant,
    /// <summary>A vowel or л р й у з ж м н ң (the "voiced" side that takes д-/ғ- suffixes).</summary>
    VowelOrVoiced,
    /// <summary>A vowel, р, й or у: the plural -лар/-лер.</summary>
    VowelOrRyu,
    /// <summary>A vowel or л р й у з ж, but not a nasal: ablative -дан/-ден.</summary>
    VowelOrSonorant,
    /// <summary>л р й у з ж м н ң: accusative -ды/-ді.</summary>
    VoicedConsonant,
    /// <summary>л р й у з ж (not nasals, not vowels): genitive -дың/-дің.</summary>
    Sonorant,
    Nasal,
    /// <summary>A vowel or м н ң: genitive -ның/-нің.</summary>
    VowelOrNasal,
    /// <summary>Voiceless consonants, and б в г д which devoice at the end of a word.</summary>
    Voiceless,
    /// <summary>л м н ң з ж: the plural -дар/-дер.</summary>
    LmnZh,
    /// <summary>ы or і left by the third-person possessive, after which cases take their н-forms (қаласында).</summary>
    ThirdPersonPossessive,
}

/// <summary>One suffix variant: its letters, its slot, and the stem ending it requires.</summary>
/// <param name="FollowsHarmony">False for the few suffixes with one form only (instrumental -мен).</param>
internal sealed record KazakhSuffix(string Text, SuffixSlot Slot, StemEnd After, bool FollowsHarmony = true);
