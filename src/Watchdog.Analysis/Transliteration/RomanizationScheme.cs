namespace Watchdog.Analysis.Transliteration;

/// <summary>
/// One way of writing Cyrillic in Latin letters: a letter table plus the two context rules the common
/// schemes differ on.
/// </summary>
/// <param name="Letters">Lower-case Cyrillic letter → Latin spelling; letters not listed are kept.</param>
/// <param name="IotatedE">Spelling of е at the start of a word and after a vowel, ъ or ь (BGN/PCGN "ye": Nazarbayev); null = as in <paramref name="Letters"/>.</param>
/// <param name="FinalIy">Spelling of a word-final -ий/-ый (Dostoevsky); null = letter by letter.</param>
public sealed record RomanizationScheme(string Name, IReadOnlyDictionary<char, string> Letters, string? IotatedE, string? FinalIy);
