using Watchdog.Storage.Search;

namespace Watchdog.Pipeline.Storage;

/// <summary>
/// How this process opens the store, registered by the command that runs it: the service writes the embedded search
/// index, CLI commands that only read never ask to. Without a registration, the index is written when no other process
/// writes it (tests, the web app in a test host).
/// </summary>
public sealed record StoreAccess(IndexAccess Index)
{
    /// <summary>`watchdog up` and `watchdog worker`: the one process that writes the index and works the queue.</summary>
    public static StoreAccess Service { get; } = new(IndexAccess.Write);

    /// <summary>A CLI command that only reads; it never holds the lock, so a (re)starting service never waits for it.</summary>
    public static StoreAccess Reader { get; } = new(IndexAccess.Read);

    /// <summary>A CLI command that changes articles: it writes the index itself when no service does, else leaves the work to it.</summary>
    public static StoreAccess WriterIfFree { get; } = new(IndexAccess.WriteIfFree);
}
