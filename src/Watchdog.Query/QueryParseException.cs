using Watchdog.Core.Search;

namespace Watchdog.Query;

/// <summary>Query text that cannot be parsed: where (0-based <see cref="Position"/>) and what was expected there.</summary>
public sealed class QueryParseException(string expected, int position, string? found)
    : Exception(found is null ? $"expected {expected} at {position}" : $"expected {expected} at {position}, found {found}")
{
    public int Position { get; } = position;
    public string Expected { get; } = expected;
    public string? Found { get; } = found;

    /// <summary>The same error as the Core contract that search and the API report.</summary>
    public InvalidQueryException ToInvalidQuery() => new(Message, Position);
}
