using Watchdog.Core.Storage;

namespace Watchdog.Storage.Raw;

/// <summary>One fetch of a raw body: its content address and where and when it was fetched. Lets reprocessing find each body by hash.</summary>
public sealed record RawRecord(string Hash, RawMetadata Metadata);
