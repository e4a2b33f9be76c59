namespace Watchdog.Watch.Matching;

/// <summary>Word positions <see cref="First"/>..<see cref="Last"/> (inclusive) of one field that a query term matched.</summary>
public readonly record struct TokenSpan(DocumentFieldName Field, int First, int Last);

public enum DocumentFieldName { Title, Text }
