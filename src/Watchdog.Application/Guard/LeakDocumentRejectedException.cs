namespace Watchdog.Application.Guard;

/// <summary>A document that cannot be registered for leak watch (too short to fingerprint); the message says why, for a 400 or a usage error.</summary>
public sealed class LeakDocumentRejectedException(string message) : Exception(message);
