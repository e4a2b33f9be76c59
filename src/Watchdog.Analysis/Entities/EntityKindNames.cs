namespace Watchdog.Analysis.Entities;

/// <summary>The names kinds go by in the API, the CLI and JSON: person, organization, location.</summary>
public static class EntityKindNames
{
    public const string Help = "person, organization or location";

    public static string Name(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        _ => "location",
    };

    /// <summary>Reads a kind's name (any case, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out EntityKind kind)
    {
        var name = text?.Trim().ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<EntityKind>())
        {
            if (Name(candidate) != name) continue;
            kind = candidate;
            return true;
        }
        kind = default;
        return false;
    }
}
