namespace Watchdog.Analysis.Entities;

/// <summary>
/// The words that tell the extractor what kind of name it is looking at, in Russian, Kazakh and English. All are
/// written normalised (lower case, ё as е), as the tokenizer gives words; inflected Russian and Kazakh forms are
/// listed where the stem would be ambiguous.
/// </summary>
internal static class EntityCues
{
    /// <summary>Legal forms: they mark the name next to them as an organisation but are not part of it.</summary>
    public static readonly HashSet<string> LegalForms =
    [
        "тоо", "ао", "ооо", "пао", "оао", "зао", "ип", "нао", "рго", "оо", "жшс", "ақ", "ұақ", "рмк", "ммк",
        "llp", "jsc", "inc", "ltd", "llc", "plc", "corp", "gmbh", "ag", "sa",
    ];

    /// <summary>Words that make a name an organisation's and belong to it (Министерство юстиции, Kaspi Bank, Жоғарғы соты).</summary>
    public static readonly HashSet<string> OrganisationWords =
    [
        // ru
        "министерство", "министерства", "министерству", "министерством", "министерстве",
        "университет", "университета", "университете", "университету", "университетом",
        "банк", "банка", "банке", "банку", "банком", "партия", "партии", "партию", "партией",
        "суд", "суда", "суде", "суду", "судом", "акимат", "акимата", "акимате", "акимату", "акиматом",
        "агентство", "агентства", "агентству", "агентстве", "комитет", "комитета", "комитете", "комитету", "комитетом",
        "компания", "компании", "компанию", "корпорация", "корпорации", "фонд", "фонда", "фонде", "фонду",
        "институт", "института", "институте", "центр", "центра", "центре", "служба", "службы", "службе",
        "прокуратура", "прокуратуры", "прокуратуре", "прокуратуру", "службу", "академию", "полицию", "парламент", "парламента", "парламенте", "сенат", "сената", "сенате",
        "мажилис", "мажилиса", "мажилисе", "правительство", "правительства", "правительству", "правительстве",
        "ассоциация", "ассоциации", "союз", "союза", "совет", "совета", "совете", "академия", "академии",
        "холдинг", "холдинга", "биржа", "биржи", "полиция", "полиции", "департамент", "департамента", "управление", "управления",
        // kk
        "министрлігі", "министрлігінің", "министрлігіне", "университеті", "университетінің", "банкі", "банкінің",
        "партиясы", "партиясының", "соты", "сотының", "сотына", "әкімдігі", "әкімдігінің", "әкімдігіне", "агенттігі", "агенттігінің",
        "комитеті", "комитетінің", "қоры", "қорының", "компаниясы", "компаниясының", "орталығы", "орталығының", "институты",
        "прокуратурасы", "мәжілісі", "мәжілісінің", "сенаты", "үкіметі", "үкіметінің", "парламенті", "кеңесі", "одағы", "академиясы",
        "департаменті", "қызметі", "полициясы", "одақ", "одақтың", "одағы", "одағының", "сот", "сотқа", "сотта", "үкімет",
        // en
        "ministry", "university", "bank", "party", "court", "agency", "committee", "company", "corporation", "foundation",
        "fund", "institute", "centre", "center", "council", "commission", "parliament", "senate", "government", "association",
        "union", "academy", "authority", "department", "service", "police", "exchange", "group", "holding", "airways", "airlines",
        "news", "times", "nations", "air", "post", "office", "organization", "organisation", "bureau", "assembly",
    ];

    /// <summary>Lower-case words before a name that say an organisation follows (компания «…», the firm X); nominative only, as
    /// an oblique form often governs a person (лидер партии Ерлан …). Kazakh puts these words after the name.</summary>
    public static readonly HashSet<string> OrganisationPrefixes =
    [
        "компания", "корпорация", "холдинг", "банк", "партия", "фонд", "газета", "издание", "телеканал", "агентство",
        "организация", "движение",
        "company", "firm", "bank", "party", "newspaper", "broadcaster", "group", "carrier", "operator",
    ];

    /// <summary>Titles and roles: a name after one is a person's. They are never part of the name.</summary>
    public static readonly HashSet<string> PersonTitles =
    [
        // ru
        "президент", "президента", "президенту", "президентом", "министр", "министра", "министру", "министром",
        "премьер", "вице", "аким", "акима", "акиму", "акимом", "депутат", "депутата", "депутату", "судья", "судьи", "судье",
        "журналист", "журналиста", "журналистка", "журналистки", "глава", "главы", "председатель", "председателя",
        "спикер", "спикера", "посол", "посла", "генерал", "сенатор", "сенатора", "губернатор", "губернатора", "мэр", "мэра",
        "директор", "директора", "руководитель", "руководителя", "основатель", "активист", "активистка", "адвокат", "адвоката",
        "профессор", "эксперт", "эксперта", "экономист", "аналитик", "политолог", "блогер", "канцлер", "премьера", "госсекретарь",
        "господин", "госпожа", "тренер", "писатель", "певица", "певец", "режиссер", "прокурор",
        // kk
        "президенті", "президентінің", "министрі", "министрінің", "әкім", "әкімі", "әкімінің", "депутаты", "судьясы",
        "журналисі", "журналист", "төрағасы", "төрағасының", "басшысы", "елшісі", "сенаторы", "директоры", "сарапшы",
        "белсенді", "адвокаты", "мырза", "ханым", "жазушы", "бапкер",
        // en
        "president", "minister", "mr", "mrs", "ms", "dr", "prof", "senator", "judge", "journalist", "mayor", "governor",
        "chancellor", "ambassador", "chairman", "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "prime", "deputy", "general", "lawyer", "activist", "analyst", "economist", "founder",
        "akim", "coach", "sir", "lord", "king", "queen", "pope",
    ];

    /// <summary>Common first names (ru, kk, en): a capitalised run that has one is a person's name.</summary>
    public static readonly HashSet<string> FirstNames =
    [
        // ru
        "александр", "алексей", "андрей", "анна", "антон", "борис", "вадим", "валентина", "валерий", "василий", "виктор",
        "виктория", "владимир", "владислав", "галина", "григорий", "дарья", "денис", "дмитрий", "евгений", "евгения", "екатерина",
        "елена", "иван", "игорь", "илья", "ирина", "константин", "ксения", "лариса", "людмила", "максим", "марина", "мария",
        "михаил", "наталья", "николай", "нина", "олег", "ольга", "павел", "петр", "роман", "светлана", "сергей", "татьяна",
        "юлия", "юрий", "ярослав", "артем", "кирилл", "никита", "анастасия", "полина", "вера", "надежда",
        // kk
        "айгүл", "айгуль", "айдос", "айжан", "айнур", "алия", "асель", "әсел", "асқар", "аскар", "ахмет", "бауыржан", "берик",
        "бекзат", "болат", "гүлнар", "гульнара", "данияр", "дәурен", "даурен", "ержан", "ерлан", "жанна", "жандос", "жомарт",
        "қайрат", "кайрат", "қасым", "касым", "мадина", "мақсат", "максат", "марат", "мұрат", "мурат", "нұрлан", "нурлан",
        "нұрсұлтан", "нурсултан", "әлихан", "алихан", "сауле", "сәуле", "серік", "серик", "талғат", "талгат", "тимур",
        "ұлан", "улан", "санжар", "дина", "динара", "гүлмира", "гульмира", "ерболат", "нұржан", "нуржан", "арман", "азамат",
        "ботагөз", "ботагоз", "ақерке", "акерке", "бақытжан", "бахытжан", "қанат", "канат", "самал", "жансая",
        // en
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "mary", "patricia",
        "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "emma", "olivia", "anna", "daniel",
        "matthew", "mark", "paul", "peter", "george", "joe", "donald", "kamala", "hillary", "emmanuel", "angela", "olaf",
        "boris", "rishi", "keir", "justin", "xi", "recep", "antonio", "ursula", "kassym", "nursultan", "jane", "helen",
        "laura", "alice", "tom", "tim", "ben", "sam", "anne", "kate", "maria", "elena", "viktor", "vladimir", "sergei",
    ];

    /// <summary>Abbreviations whose full stop does not end a sentence (besides single-letter initials).</summary>
    public static readonly HashSet<string> Abbreviations =
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "jr", "sr", "vs", "no", "inc", "ltd", "corp",
        "г", "гг", "им", "ул", "т", "тел", "проф", "ген", "акад", "см",
    ];

    /// <summary>English words written with a capital that are not names (months, days, pronoun I, demonyms).</summary>
    public static readonly HashSet<string> CapitalisedCommonWords =
    [
        "i", "the", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "russian", "kazakh", "kazakhstani", "english", "american", "chinese", "european", "british", "german", "french",
        "ukrainian", "uzbek", "kyrgyz", "soviet", "muslim", "christian", "internet", "covid",
    ];
}
