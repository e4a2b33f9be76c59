using System.Text.RegularExpressions;
using Watchdog.Analysis.Morphology.Names;

namespace Watchdog.Analysis.Entities;

/// <summary>What in a word says it is part of a person's name: a patronymic, a surname's ending. Words are normalised (lower case).</summary>
internal static partial class PersonNames
{
    // Sentence openers that end like surnames (Один из…, Снова…, Готов ли…).
    private static readonly HashSet<string> NotSurnames = ["один", "одна", "одни", "снова", "готов", "таков", "какова", "кроме", "основа"];

    public static bool IsPatronymic(string normal) => Patronymic().IsMatch(normal);

    /// <summary>Russian-type surnames in any case (Токаев, Токаевой, Тоқаевтың, Иванова, Достоевский) and their Latin spellings.</summary>
    public static bool HasSurnameEnding(string normal) =>
        !NotSurnames.Contains(normal) && normal.Length >= 5
        && (NameNormalizer.Normalize(normal) != normal || CyrillicSurname().IsMatch(normal) || LatinSurname().IsMatch(normal));

    [GeneratedRegex(@"(?:ович|овна|евич|евна|ична|ұлы|қызы|улы|кызы)$")]
    private static partial Regex Patronymic();

    [GeneratedRegex(@"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|енко|ұлы|қызы|баев|беков|бекова)$")]
    private static partial Regex CyrillicSurname();

    [GeneratedRegex(@"(?:ov|ev|yev|ova|eva|yeva|sky|skiy|enko|uly|kyzy)$")]
    private static partial Regex LatinSurname();
}
