using System.Diagnostics;
using System.Text;

namespace Watchdog.Testing;

/// <summary>
/// The real `watchdog` executable (the built watchdog.dll run by `dotnet exec`) as a child process, for end-to-end
/// tests and the soak benchmark (each references the CLI project, so watchdog.dll sits beside them).
/// </summary>
public sealed class WatchdogProcess : IDisposable
{
    /// <summary>The last lines are what explains a failure; the rest would only fill memory over a long soak.</summary>
    private const int KeptOutputChars = 20_000;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WatchdogProcess(Process process) => _process = process;

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "watchdog.dll");

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    public static WatchdogProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var watched = new WatchdogProcess(process);
        process.OutputDataReceived += (_, e) => watched.Append(e.Data);
        process.ErrorDataReceived += (_, e) => watched.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return watched;
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything, as in a power cut or an OOM kill.</summary>
    public void KillHard()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or `docker stop` send it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        // Awaited inside the using: returning the task would dispose the timer with it, and the wait would never time out.
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
    }

    /// <summary>Runs a one-shot command (stats, search…) as its own process, as a user beside the service would.</summary>
    /// <returns>Its exit code (-1 when it was killed for running past <paramref name="timeout"/>) and output.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> args, TimeSpan timeout)
    {
        using var command = Start(args);
        try
        {
            await command.WaitForExitAsync(timeout);
        }
        catch (OperationCanceledException)
        {
            command.KillHard();
            return (-1, $"timed out after {timeout.TotalSeconds:0} s{Environment.NewLine}{command.Output}");
        }
        // Exited() fires before the last redirected lines are read; WaitForExitAsync() without a timeout waits for them.
        await command._process.WaitForExitAsync(CancellationToken.None);
        return (command.ExitCode, command.Output);
    }

    /// <summary>Waits until the process has printed <paramref name="text"/> (its "ready" line), exited, or the time is up.</summary>
    /// <returns>Whether the text was printed.</returns>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (Output.Contains(text, StringComparison.Ordinal)) return true;
            if (HasExited) return false;
            await Task.Delay(100);
        }
        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > KeptOutputChars * 2) _output.Remove(0, _output.Length - KeptOutputChars);
        }
    }
}
