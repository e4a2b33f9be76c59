using System.Text.Json;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>
/// The scheduler's <see cref="ReportRunState"/> per report name, as one small JSON file in the data folder. Written to a
/// temporary file and moved over the old one, so a crash mid-write leaves the previous state, never half a file.
/// </summary>
public sealed class ReportStateFile(string path)
{
    public const string FileName = "report-schedule.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = path;

    public static ReportStateFile InDataFolder(string dataFolder) => new(System.IO.Path.Combine(dataFolder, FileName));

    /// <exception cref="InvalidDataException">The file is not the scheduler's JSON; the message names it and says what to do.</exception>
    public async Task<Dictionary<string, ReportRunState>> LoadAsync(CancellationToken ct)
    {
        if (!File.Exists(Path)) return new(StringComparer.OrdinalIgnoreCase);
        try
        {
            await using var stream = File.OpenRead(Path);
            var states = await JsonSerializer.DeserializeAsync<Dictionary<string, ReportRunState>>(stream, Json, ct);
            return new(states ?? [], StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(
                $"The scheduled-report state {Path} cannot be read ({e.Message}); fix it, or delete it to send each report's latest run again.", e);
        }
    }

    public async Task SaveAsync(IReadOnlyDictionary<string, ReportRunState> states, CancellationToken ct)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temporary = Path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, states, Json, ct);
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
