namespace Watchdog.Storage.Postgres.Search;

/// <summary>
/// The parameters of one translated query. A value given again gets the same parameter: a word is keyed once per
/// language and most words have the same key in several, so a large watchlist does not multiply its parameters.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<object, string> _names = [];
    private readonly List<(string Name, object? Value)> _all = [];

    public IReadOnlyList<(string Name, object? Value)> All => _all;

    /// <returns>The parameter's name, to write into the SQL.</returns>
    public string Add(object value)
    {
        if (_names.TryGetValue(value, out var name)) return name;
        name = $"@w{_all.Count}";
        _names[value] = name;
        _all.Add((name, value));
        return name;
    }
}
