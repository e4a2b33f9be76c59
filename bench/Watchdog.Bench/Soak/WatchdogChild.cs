using System.Diagnostics;
using System.Text;

namespace Watchdog.Bench.Soak;

/// <summary>The real `watchdog` command (watchdog.dll beside the benchmark, run by `dotnet exec`) as a child process.</summary>
public sealed class WatchdogChild : IDisposable
{
    /// <summary>The last lines are what explains a failure; the rest would only fill memory over a long soak.</summary>
    private const int KeptOutputChars = 20_000;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WatchdogChild(Process process) => _process = process;

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "watchdog.dll");

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static WatchdogChild Start(IEnumerable<string> args)
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
        var process = new Process { StartInfo = start };
        var child = new WatchdogChild(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
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

    /// <summary>Runs a one-shot command to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> args, TimeSpan timeout)
    {
        using var command = Start(args);
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await command._process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            command.Kill();
            return (-1, $"timed out after {timeout.TotalSeconds:0} s{Environment.NewLine}{command.Output}");
        }
        command._process.WaitForExit(); // the last redirected lines
        return (command.ExitCode, command.Output);
    }

    /// <summary>SIGKILL: no chance to finish anything, as in a power cut or an OOM kill.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
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
