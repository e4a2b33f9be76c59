using Watchdog.Reports.Exports;

namespace Watchdog.Reports.Tests.Support;

/// <summary>Export rows for tests, as the async sequence the store hands out.</summary>
public static class SampleRows
{
    public static readonly DateTimeOffset Fetched = new(2025, 3, 9, 10, 15, 30, TimeSpan.FromHours(5));

    public static ExportRow Row(long id, string title = "Заголовок статьи", string? snippet = "Фрагмент") => new(
        id,
        $"https://example.kz/news/{id}",
        title,
        "tengrinews.kz",
        "ru",
        Fetched.AddHours(-2),
        Fetched,
        ["Айгерим Сапарова", "John Smith"],
        ["politics", "kz"],
        snippet);

    public static async IAsyncEnumerable<ExportRow> Of(params ExportRow[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>Many rows, calling <paramref name="onRow"/> with each index just before it is handed out.</summary>
    public static async IAsyncEnumerable<ExportRow> Many(int count, Action<int> onRow)
    {
        for (var i = 0; i < count; i++)
        {
            onRow(i);
            if (i % 1000 == 0) await Task.Yield();
            yield return Row(i);
        }
    }
}
