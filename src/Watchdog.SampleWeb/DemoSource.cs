using Watchdog.Core.Sources;

namespace Watchdog.SampleWeb;

/// <summary>A source of the bundled demo list: one of each way Watchdog reads the web.</summary>
public sealed record DemoSource(Uri Url, SourceKind Kind, IReadOnlyList<string> Tags, string Site, string Title);
