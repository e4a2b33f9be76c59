using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// Places the extractor recognises by name: countries, Kazakhstan's regions and main cities, and the world capitals
/// and cities news mentions most, each with its Russian, Kazakh and English spellings. A place's key is its English
/// name in lower case, so Алматы, Almaty and Алматыда count as one place.
/// </summary>
internal static class LocationGazetteer
{
    // One line a place: the key first, then every spelling, separated by '|'. Written by hand.
    private static readonly string[] Places =
    [
        // Kazakhstan: the country, regions, cities.
        "kazakhstan|Kazakhstan|Казахстан|Қазақстан|Республика Казахстан|Қазақстан Республикасы|РК|ҚР|Qazaqstan",
        "almaty|Almaty|Алматы|Alma-Ata|Алма-Ата",
        "astana|Astana|Астана|Nur-Sultan|Нур-Султан|Нұр-Сұлтан",
        "shymkent|Shymkent|Шымкент",
        "karaganda|Karaganda|Qaraghandy|Караганда|Қарағанды",
        "aktobe|Aktobe|Актобе|Ақтөбе",
        "taraz|Taraz|Тараз",
        "pavlodar|Pavlodar|Павлодар",
        "oskemen|Oskemen|Ust-Kamenogorsk|Усть-Каменогорск|Өскемен",
        "semey|Semey|Semipalatinsk|Семей|Семипалатинск",
        "atyrau|Atyrau|Атырау",
        "kostanay|Kostanay|Костанай|Қостанай",
        "kyzylorda|Kyzylorda|Кызылорда|Қызылорда",
        "oral|Oral|Uralsk|Уральск|Орал",
        "petropavl|Petropavl|Petropavlovsk|Петропавловск|Петропавл",
        "aktau|Aktau|Актау|Ақтау",
        "turkistan|Turkistan|Turkestan|Туркестан|Түркістан",
        "kokshetau|Kokshetau|Кокшетау|Көкшетау",
        "taldykorgan|Taldykorgan|Талдыкорган|Талдықорған",
        "ekibastuz|Ekibastuz|Экибастуз|Екібастұз",
        "temirtau|Temirtau|Темиртау|Теміртау",
        "zhezkazgan|Zhezkazgan|Жезказган|Жезқазған",
        "baikonur|Baikonur|Байконур|Байқоңыр",
        "konaev|Konaev|Конаев|Қонаев|Kapchagay|Капчагай",
        "zhanaozen|Zhanaozen|Жанаозен|Жаңаөзен",
        "balkhash|Balkhash|Балхаш|Балқаш",
        "abai region|Abai Region|Абайская область|Абай облысы",
        "akmola region|Akmola Region|Акмолинская область|Ақмола облысы",
        "aktobe region|Aktobe Region|Актюбинская область|Ақтөбе облысы",
        "almaty region|Almaty Region|Алматинская область|Алматы облысы",
        "atyrau region|Atyrau Region|Атырауская область|Атырау облысы",
        "east kazakhstan region|East Kazakhstan Region|Восточно-Казахстанская область|Шығыс Қазақстан облысы",
        "zhambyl region|Zhambyl Region|Жамбылская область|Жамбыл облысы",
        "zhetysu region|Zhetysu Region|Область Жетысу|Жетісу облысы",
        "west kazakhstan region|West Kazakhstan Region|Западно-Казахстанская область|Батыс Қазақстан облысы",
        "karaganda region|Karaganda Region|Карагандинская область|Қарағанды облысы",
        "kostanay region|Kostanay Region|Костанайская область|Қостанай облысы",
        "kyzylorda region|Kyzylorda Region|Кызылординская область|Қызылорда облысы",
        "mangystau region|Mangystau Region|Мангистауская область|Маңғыстау облысы|Mangystau|Мангистау|Маңғыстау",
        "pavlodar region|Pavlodar Region|Павлодарская область|Павлодар облысы",
        "north kazakhstan region|North Kazakhstan Region|Северо-Казахстанская область|Солтүстік Қазақстан облысы",
        "turkistan region|Turkistan Region|Туркестанская область|Түркістан облысы",
        "ulytau region|Ulytau Region|Улытауская область|Ұлытау облысы",
        "caspian sea|Caspian Sea|Каспийское море|Каспий теңізі|Каспий",
        "aral sea|Aral Sea|Аральское море|Арал теңізі",
        // Neighbours and the region.
        "russia|Russia|Россия|Ресей|Российская Федерация|Ресей Федерациясы|РФ",
        "china|China|Китай|Қытай|КНР",
        "kyrgyzstan|Kyrgyzstan|Кыргызстан|Киргизия|Қырғызстан",
        "uzbekistan|Uzbekistan|Узбекистан|Өзбекстан",
        "turkmenistan|Turkmenistan|Туркменистан|Түрікменстан",
        "tajikistan|Tajikistan|Таджикистан|Тәжікстан",
        "mongolia|Mongolia|Монголия|Моңғолия",
        "azerbaijan|Azerbaijan|Азербайджан|Әзербайжан",
        "armenia|Armenia|Армения",
        "georgia|Georgia|Грузия",
        "ukraine|Ukraine|Украина",
        "belarus|Belarus|Беларусь|Белоруссия",
        "moldova|Moldova|Молдова|Молдавия",
        "afghanistan|Afghanistan|Афганистан|Ауғанстан",
        "iran|Iran|Иран",
        "turkey|Turkey|Türkiye|Турция|Түркия",
        "india|India|Индия|Үндістан",
        "pakistan|Pakistan|Пакистан",
        // Other countries news mentions most.
        "united states|United States|USA|US|U.S.|America|США|АҚШ|Америка|Соединённые Штаты|Соединенные Штаты",
        "united kingdom|United Kingdom|UK|Britain|Great Britain|Великобритания|Британия|Ұлыбритания",
        "germany|Germany|Германия",
        "france|France|Франция",
        "italy|Italy|Италия",
        "spain|Spain|Испания",
        "poland|Poland|Польша",
        "netherlands|Netherlands|Нидерланды|Нидерланд",
        "belgium|Belgium|Бельгия",
        "switzerland|Switzerland|Швейцария",
        "austria|Austria|Австрия",
        "sweden|Sweden|Швеция",
        "norway|Norway|Норвегия",
        "finland|Finland|Финляндия",
        "denmark|Denmark|Дания",
        "czech republic|Czech Republic|Czechia|Чехия",
        "hungary|Hungary|Венгрия|Мажарстан",
        "romania|Romania|Румыния",
        "bulgaria|Bulgaria|Болгария",
        "serbia|Serbia|Сербия",
        "greece|Greece|Греция",
        "lithuania|Lithuania|Литва",
        "latvia|Latvia|Латвия",
        "estonia|Estonia|Эстония",
        "israel|Israel|Израиль",
        "palestine|Palestine|Палестина",
        "gaza|Gaza|Газа|Сектор Газа",
        "syria|Syria|Сирия",
        "iraq|Iraq|Ирак",
        "saudi arabia|Saudi Arabia|Саудовская Аравия|Сауд Арабиясы",
        "united arab emirates|United Arab Emirates|UAE|ОАЭ|БАӘ",
        "qatar|Qatar|Катар",
        "egypt|Egypt|Египет|Мысыр",
        "japan|Japan|Япония|Жапония",
        "south korea|South Korea|Южная Корея|Оңтүстік Корея",
        "north korea|North Korea|КНДР|Северная Корея|Солтүстік Корея",
        "korea|Korea|Корея",
        "vietnam|Vietnam|Вьетнам",
        "indonesia|Indonesia|Индонезия",
        "malaysia|Malaysia|Малайзия",
        "singapore|Singapore|Сингапур",
        "thailand|Thailand|Таиланд",
        "australia|Australia|Австралия",
        "canada|Canada|Канада",
        "mexico|Mexico|Мексика",
        "brazil|Brazil|Бразилия",
        "argentina|Argentina|Аргентина",
        "south africa|South Africa|ЮАР",
        "nigeria|Nigeria|Нигерия",
        "europe|Europe|Европа|Еуропа",
        "asia|Asia|Азия",
        "central asia|Central Asia|Центральная Азия|Орталық Азия",
        "africa|Africa|Африка",
        "middle east|Middle East|Ближний Восток|Таяу Шығыс",
        "crimea|Crimea|Крым|Қырым",
        "siberia|Siberia|Сибирь|Сібір",
        // Capitals and cities.
        "moscow|Moscow|Москва",
        "saint petersburg|Saint Petersburg|St Petersburg|Санкт-Петербург|Петербург",
        "novosibirsk|Novosibirsk|Новосибирск",
        "omsk|Omsk|Омск",
        "yekaterinburg|Yekaterinburg|Екатеринбург",
        "orenburg|Orenburg|Оренбург|Орынбор",
        "beijing|Beijing|Пекин|Бейжің",
        "shanghai|Shanghai|Шанхай",
        "urumqi|Urumqi|Урумчи|Үрімші",
        "xinjiang|Xinjiang|Синьцзян|Шыңжаң",
        "bishkek|Bishkek|Бишкек",
        "tashkent|Tashkent|Ташкент",
        "samarkand|Samarkand|Самарканд|Самарқанд",
        "dushanbe|Dushanbe|Душанбе",
        "ashgabat|Ashgabat|Ашхабад|Ашғабат",
        "baku|Baku|Баку",
        "yerevan|Yerevan|Ереван",
        "tbilisi|Tbilisi|Тбилиси",
        "kyiv|Kyiv|Kiev|Киев",
        "minsk|Minsk|Минск",
        "ulaanbaatar|Ulaanbaatar|Улан-Батор|Ұлан-Батыр",
        "kabul|Kabul|Кабул",
        "tehran|Tehran|Тегеран",
        "ankara|Ankara|Анкара",
        "istanbul|Istanbul|Стамбул|Ыстамбұл",
        "new delhi|New Delhi|Delhi|Нью-Дели|Дели",
        "islamabad|Islamabad|Исламабад",
        "washington|Washington|Вашингтон",
        "new york|New York|Нью-Йорк",
        "london|London|Лондон",
        "berlin|Berlin|Берлин",
        "paris|Paris|Париж",
        "rome|Rome|Рим",
        "madrid|Madrid|Мадрид",
        "warsaw|Warsaw|Варшава",
        "brussels|Brussels|Брюссель",
        "geneva|Geneva|Женева",
        "vienna|Vienna|Вена",
        "stockholm|Stockholm|Стокгольм",
        "prague|Prague|Прага",
        "budapest|Budapest|Будапешт",
        "the hague|The Hague|Hague|Гаага",
        "strasbourg|Strasbourg|Страсбург",
        "jerusalem|Jerusalem|Иерусалим",
        "riyadh|Riyadh|Эр-Рияд",
        "dubai|Dubai|Дубай",
        "abu dhabi|Abu Dhabi|Абу-Даби",
        "doha|Doha|Доха",
        "cairo|Cairo|Каир",
        "tokyo|Tokyo|Токио",
        "seoul|Seoul|Сеул",
        "pyongyang|Pyongyang|Пхеньян",
        "hanoi|Hanoi|Ханой",
        "bangkok|Bangkok|Бангкок",
        "jakarta|Jakarta|Джакарта",
        "canberra|Canberra|Канберра",
        "sydney|Sydney|Сидней",
        "ottawa|Ottawa|Оттава",
        "brasilia|Brasilia|Бразилиа",
        "buenos aires|Buenos Aires|Буэнос-Айрес",
        "mexico city|Mexico City|Мехико",
        "davos|Davos|Давос",
        "baikal|Baikal|Байкал",
        "akorda|Akorda|Акорда|Ақорда",
    ];

    private static readonly HashSet<string> Exact = [.. Places.SelectMany(p => p.Split('|').Skip(1)).Select(s => string.Join(' ', Tokenizer.Words(s)))];

    private static readonly Dictionary<string, string> ByForm = BuildIndex();

    /// <summary>The longest number of words a spelling has (Республика Казахстан, Восточно-Казахстанская область).</summary>
    public static int MaxWords { get; } = Places.Max(p => p.Split('|').Skip(1).Max(s => Tokenizer.Tokenize(s).Count));

    /// <summary>The place's key when these words (normalised, as the tokenizer gives them) spell a place in any inflection.</summary>
    public static string? Find(IReadOnlyList<string> normalizedWords, string language)
    {
        if (ByForm.TryGetValue(string.Join(' ', normalizedWords), out var exact)) return exact;
        var form = FormOf(normalizedWords, language);
        return form.Length >= MinStemLength ? ByForm.GetValueOrDefault(form) : null;
    }

    /// <summary>
    /// A stem this short joins unrelated words: Данные and Дания both stem to "дан". Inflected forms of places with a
    /// shorter stem (Рим → Риме) are not found; their listed spellings still are.
    /// </summary>
    private const int MinStemLength = 4;

    /// <summary>Whether these words are a spelling of a place exactly as listed, uninflected.</summary>
    public static bool IsListedSpelling(IReadOnlyList<string> normalizedWords) => Exact.Contains(string.Join(' ', normalizedWords));

    private static string FormOf(IEnumerable<string> normalizedWords, string language) =>
        string.Join(' ', normalizedWords.Select(w => Normalizer.Stem(w, language)));

    // Every spelling is indexed as written and as each stemmer keys it, so inflected forms (Казахстане, Қазақстанның,
    // Алматыда) find their place through the text language's stemmer.
    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Places)
        {
            var parts = line.Split('|');
            foreach (var spelling in parts.Skip(1))
            {
                var words = Tokenizer.Words(spelling).ToList();
                index.TryAdd(string.Join(' ', words), parts[0]);
                foreach (var language in new[] { "ru", "kk", "en" }) index.TryAdd(FormOf(words, language), parts[0]);
            }
        }
        return index;
    }
}
