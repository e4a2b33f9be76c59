namespace Watchdog.Collect.Fetching;

/// <summary>
/// How much of a response body to read. Past <see cref="MaxBytes"/> a body is refused (too large), unless
/// <see cref="KeepPrefix"/> asks for its first <see cref="MaxBytes"/> instead — robots.txt is parsed up to a limit
/// (RFC 9309 §2.5), not thrown away for being long.
/// </summary>
internal readonly record struct BodyLimit(long MaxBytes, bool KeepPrefix = false);
