namespace Watchdog.SampleWeb.Publishing;

/// <summary>
/// Sentences any event's report may carry, whatever its topic: mixed in with the topic's own, they make two reports of two
/// floods differ in most of their phrasing (a pool of six topic sentences alone left reports near-duplicates of each other).
/// </summary>
public static class DemoCommonSentences
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByLanguage { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["ru"] =
        [
            "Городские службы города {place} работают в усиленном режиме, сообщили в акимате.",
            "Аким {person} провёл совещание и поручил доложить о ходе работ к {day} {month}.",
            "В соцсетях жители города {place} публикуют фото и видео с места событий.",
            "Общественный совет города {place} попросил акимат публиковать сведения каждые {n3} часов.",
            "Депутаты маслихата обсудят ситуацию на сессии {day} {month}.",
            "Горячая линия акимата за день приняла {n2} обращений от горожан.",
            "Местные блогеры критикуют акимат, {person} пока не ответил на критику.",
            "По оценке экспертов, на восстановление уйдёт не меньше {n3} недель.",
        ],
        ["kk"] =
        [
            "{place} қаласының коммуналдық қызметтері күшейтілген режимде жұмыс істеп жатыр, деп хабарлады әкімдік.",
            "Әкім {person} кеңес өткізіп, жұмыс барысы туралы {day} {month} күніне дейін баяндауды тапсырды.",
            "Әлеуметтік желілерде {place} тұрғындары оқиға орнынан фото мен бейне жариялап жатыр.",
            "{place} қаласының қоғамдық кеңесі әкімдіктен мәліметті әр {n3} сағат сайын жариялауды сұрады.",
            "Мәслихат депутаттары жағдайды {day} {month} күнгі сессияда талқылайды.",
            "Әкімдіктің жедел желісі бір күнде қала тұрғындарынан {n2} өтініш қабылдады.",
            "Жергілікті блогерлер әкімдікті сынап жатыр, {person} сынға әлі жауап берген жоқ.",
            "Сарапшылардың бағалауынша, қалпына келтіру кемінде {n3} аптаға созылады.",
        ],
        ["en"] =
        [
            "City services in {place} are working around the clock, the akimat said.",
            "Akim {person} held a meeting and ordered a progress report by {month} {day}.",
            "Residents of {place} are posting photos and videos from the scene on social media.",
            "The public council of {place} asked the akimat to publish updates every {n3} hours.",
            "Members of the local maslikhat will discuss the situation at a session on {month} {day}.",
            "The akimat's hotline took {n2} calls from residents in a day.",
            "Local bloggers criticise the akimat; {person} has not yet responded.",
            "Experts estimate that recovery will take at least {n3} weeks.",
        ],
    };
}
