namespace Watchdog.Storage.Postgres;

/// <summary>The PostgreSQL text search configuration an article's language is indexed and queried with.</summary>
public static class PostgresTextConfig
{
    public const string Russian = "russian";
    public const string English = "english";
    /// <summary>Kazakh and every other language: lower-casing without stemming (PostgreSQL ships no Kazakh stemmer).</summary>
    public const string Simple = "simple";

    public static string For(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        "ru" => Russian,
        "en" => English,
        _ => Simple,
    };
}
