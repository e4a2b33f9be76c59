using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

/// <summary>Short Russian reports of three events (a flood, told twice, a court case and a metro opening) for the clusterer's tests.</summary>
internal static class StoryArticles
{
    public static readonly DateTimeOffset Monday = new(2025, 4, 7, 9, 0, 0, TimeSpan.FromHours(5));

    public static StoryArticle Flood(long id, DateTimeOffset at) => new(id, at, "ru",
        "Паводок в Актюбинской области: эвакуировано село Жанаталап",
        "Река Илек вышла из берегов, подтоплены дома в селе Жанаталап. Спасатели эвакуировали жителей.");

    public static StoryArticle FloodRewritten(long id, DateTimeOffset at) => new(id, at, "ru",
        "Из-за паводка на Илеке подтоплены дома Жанаталапа",
        "В Актюбинской области продолжается эвакуация жителей села Жанаталап, вода в реке Илек растёт.");

    public static StoryArticle Court(long id, DateTimeOffset at) => new(id, at, "ru",
        "Суд приговорил бывшего чиновника к девяти годам за взятку",
        "Районный суд Алматы признал бывшего замакима виновным в получении взятки от подрядчика.");

    public static StoryArticle Metro(long id, DateTimeOffset at) => new(id, at, "ru",
        "В Алматы открыли новые станции метро",
        "Станции метро Сайран и Калкаман приняли первых пассажиров, линия продлена на запад города.");
}
