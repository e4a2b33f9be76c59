namespace Watchdog.SampleWeb.Publishing;

/// <summary>A name as each language's press writes it; the story clusterer joins reports by such shared names.</summary>
public sealed record TrilingualName(string Ru, string Kk, string En)
{
    public string In(string language) => language switch { "ru" => Ru, "kk" => Kk, _ => En };
}

/// <summary>
/// The fictional people and the real towns the living demo writes about. Names cross scripts the way the query language
/// and the clusterer's anchors expect (Сапаров ↔ Saparov), so a watchlist of Russian spellings finds Kazakh and English reports.
/// </summary>
public static class DemoCast
{
    public static IReadOnlyList<TrilingualName> Officials { get; } =
    [
        new("Ерлан Сапаров", "Ерлан Сапаров", "Yerlan Saparov"),
        new("Марат Жумабаев", "Марат Жұмабаев", "Marat Zhumabayev"),
        new("Бауыржан Омаров", "Бауыржан Омаров", "Bauyrzhan Omarov"),
        new("Нурлан Касымов", "Нұрлан Қасымов", "Nurlan Kassymov"),
        new("Данияр Ахметов", "Данияр Ахметов", "Daniyar Akhmetov"),
    ];

    public static IReadOnlyList<TrilingualName> Towns { get; } =
    [
        new("Костанай", "Қостанай", "Kostanay"),
        new("Павлодар", "Павлодар", "Pavlodar"),
        new("Семей", "Семей", "Semey"),
        new("Актобе", "Ақтөбе", "Aktobe"),
        new("Караганда", "Қарағанды", "Karaganda"),
        new("Шымкент", "Шымкент", "Shymkent"),
        new("Тараз", "Тараз", "Taraz"),
        new("Кокшетау", "Көкшетау", "Kokshetau"),
    ];

    /// <summary>Month names as a date is written in each language: Russian genitive, Kazakh nominative, English.</summary>
    public static string Month(string language, int month) => language switch
    {
        "ru" => RussianMonths[month - 1],
        "kk" => KazakhMonths[month - 1],
        _ => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month),
    };

    private static readonly string[] RussianMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] KazakhMonths =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
}
