namespace Watchdog.Core.Time;

/// <summary>Reads the <c>timeZone</c> setting: an IANA id such as <c>Asia/Almaty</c> (Windows ids work too), UTC when empty.</summary>
public static class TimeZoneSetting
{
    /// <returns>The zone, and a warning when the id is unknown on this system (no tzdata, a typo) and UTC is used instead.</returns>
    public static (TimeZoneInfo Zone, string? Warning) Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return (TimeZoneInfo.Utc, null);
        try
        {
            return (TimeZoneInfo.FindSystemTimeZoneById(id.Trim()), null);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return (TimeZoneInfo.Utc, $"The time zone '{id}' is not known on this system ({e.Message.TrimEnd('.')}); days are cut at midnight UTC. "
                + "Use an IANA name such as Asia/Almaty, and install tzdata (apt-get install -y tzdata) if names are not found.");
        }
    }
}
