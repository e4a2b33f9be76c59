using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Watchdog.EndToEnd.Tests.Reports;

/// <summary>Keeps every log line at Warning or above, formatted, so a test can see that a failure was logged with its reason.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(Lines);

    public void Dispose()
    {
        // Nothing held.
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
