namespace Watchdog.Analysis.Entities;

/// <summary>What a named entity is: the three kinds media monitoring counts.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Location,
}
