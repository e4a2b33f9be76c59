using System.Collections.Concurrent;
using Lingua;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// Lingua's n-gram models as <see cref="NgramTable"/>s, each read from Lingua's own model files on first need (as Lingua
/// loads its models: a Latin text never loads the Cyrillic languages') and kept. Thread-safe.
/// </summary>
internal sealed class NgramTables(string modelsFolder)
{
    private static readonly string[] OrderNames = ["unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"];

    private readonly ConcurrentDictionary<(Language Language, int Order), Lazy<NgramTable>> _tables = new();

    /// <summary>Where Lingua reads its models by default (its package copies them next to the application).</summary>
    public static NgramTables Shipped { get; } = new(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"));

    /// <remarks>Called for every order of every candidate language of every text: the factory is static, so a table
    /// already loaded costs a lookup and no closure.</remarks>
    public NgramTable Table(Language language, int order) =>
        _tables.GetOrAdd((language, order), static (key, tables) => new Lazy<NgramTable>(() => tables.Read(key.Language, key.Order)), this).Value;

    /// <summary>Bytes held by the tables loaded so far.</summary>
    public long LoadedBytes => _tables.Values.Where(table => table.IsValueCreated).Sum(table => table.Value.Bytes);

    private NgramTable Read(Language language, int order)
    {
        var path = Path.Combine(modelsFolder, LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant(), $"{OrderNames[order - 1]}.json.br");
        // Lingua treats a missing file as an empty model (not every language has every order); so does this.
        if (!File.Exists(path)) return NgramTable.Empty;
        using var file = File.OpenRead(path);
        return NgramTable.ReadBrotliJson(file, order);
    }
}
