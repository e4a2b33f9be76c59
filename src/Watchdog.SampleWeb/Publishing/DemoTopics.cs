namespace Watchdog.SampleWeb.Publishing;

/// <summary>The events the living demo reports. <see cref="Flood"/> is the topic whose volume jumps (the burst).</summary>
public static class DemoTopics
{
    public static DemoTopic Flood { get; } = new("flood", new Dictionary<string, TopicWording>
    {
        ["ru"] = new(
            ["Паводок: в городе {place} подтоплены {n1} домов", "Паводок: из окрестностей города {place} эвакуированы {n2} человек"],
            [
                "Вода пришла в город {place} около {time}, сообщили в местном штабе ДЧС.",
                "По данным на {day} {month}, подтоплены {n1} жилых домов и {n2} дачных участков.",
                "Аким {person} заявил, что эвакуированы {n2} человек, пункты временного размещения открыты в школах.",
                "Спасатели укрепляют дамбу на реке возле города {place}, уровень воды за сутки поднялся на {n3} сантиметров.",
                "{person} пообещал выплатить компенсации всем пострадавшим от паводка семьям до конца месяца.",
                "Жители улиц у реки жалуются, что о паводке их предупредили слишком поздно, всего за {n3} часов.",
            ]),
        ["kk"] = new(
            ["Су тасқыны: {place} қаласында {n1} үйді су басты", "Су тасқыны: {place} маңынан {n2} адам эвакуацияланды"],
            [
                "Су {place} қаласына шамамен сағат {time} кезінде жетті, деп хабарлады жергілікті ТЖД штабы.",
                "{day} {month} күнгі мәлімет бойынша {n1} тұрғын үйді және {n2} саяжай учаскесін су басқан.",
                "Әкім {person} {n2} адамның эвакуацияланғанын айтты, уақытша орналастыру пункттері мектептерде ашылды.",
                "Құтқарушылар {place} маңындағы өзендегі бөгетті нығайтып жатыр, су деңгейі бір тәулікте {n3} сантиметрге көтерілді.",
                "{person} су тасқынынан зардап шеккен отбасылардың бәріне ай соңына дейін өтемақы төленетінін уәде етті.",
                "Өзен жағасындағы көшелердің тұрғындары су тасқыны туралы ескерту тым кеш, небәрі {n3} сағат бұрын келгенін айтып шағымданады.",
            ]),
        ["en"] = new(
            ["Flood in {place}: {n1} homes under water", "{n2} people evacuated as floodwater reaches {place}"],
            [
                "Floodwater reached {place} at about {time}, the local emergency headquarters said.",
                "As of {month} {day}, {n1} houses and {n2} garden plots were flooded.",
                "Akim {person} said {n2} people had been evacuated and temporary shelters had opened in schools.",
                "Rescuers are reinforcing the dam on the river near {place}; the water rose by {n3} centimetres in a day.",
                "{person} promised compensation to every family hit by the flood by the end of the month.",
                "Residents of the riverside streets complain that the flood warning came too late, only {n3} hours ahead.",
            ]),
    });

    public static DemoTopic Fire { get; } = new("fire", new Dictionary<string, TopicWording>
    {
        ["ru"] = new(
            ["Пожар на складе в городе {place}: огонь охватил {n1} квадратных метров", "В городе {place} {n2} пожарных тушили склад"],
            [
                "Пожар на складе в промышленной зоне города {place} начался около {time}.",
                "Огонь охватил {n1} квадратных метров, на месте работали {n2} пожарных.",
                "Аким {person} сообщил, что пострадавших нет, а жителей соседних домов просят закрыть окна.",
                "Причины возгорания устанавливает комиссия, результаты обещают к {day} {month}.",
                "По словам владельцев, на складе в городе {place} хранились стройматериалы и бытовая химия.",
                "Пожарные расчёты оставались на месте ещё {n3} часов после того, как огонь был потушен.",
            ]),
        ["kk"] = new(
            ["{place} қаласындағы қоймада өрт: {n1} шаршы метр жанды", "{place} қаласында {n2} өрт сөндіруші қойманы сөндірді"],
            [
                "{place} қаласының өнеркәсіптік аймағындағы қоймада өрт шамамен сағат {time} кезінде басталды.",
                "Өрт {n1} шаршы метр аумақты шарпыды, оқиға орнында {n2} өрт сөндіруші жұмыс істеді.",
                "Әкім {person} зардап шеккендер жоқ екенін хабарлады, көрші үйлердің тұрғындарынан терезелерді жабуды сұрады.",
                "Өрттің себебін комиссия анықтап жатыр, нәтижесі {day} {month} күніне дейін белгілі болады.",
                "Иелерінің айтуынша, {place} қаласындағы қоймада құрылыс материалдары мен тұрмыстық химия сақталған.",
                "Өрт сөндірушілер өрт сөндірілгеннен кейін тағы {n3} сағат бойы оқиға орнында болды.",
            ]),
        ["en"] = new(
            ["Warehouse fire in {place}: {n1} square metres burnt", "{n2} firefighters battle warehouse blaze in {place}"],
            [
                "A fire broke out at a warehouse in the industrial zone of {place} at about {time}.",
                "The fire covered {n1} square metres; {n2} firefighters worked at the scene.",
                "Akim {person} said no one was hurt and asked residents of nearby houses to close their windows.",
                "A commission is looking into the cause and promises results by {month} {day}.",
                "According to the owners, building materials and household chemicals were stored at the {place} warehouse.",
                "Fire crews stayed at the scene for another {n3} hours after the fire was put out.",
            ]),
    });

    public static DemoTopic Court { get; } = new("court", new Dictionary<string, TopicWording>
    {
        ["ru"] = new(
            ["Бывший заместитель акима {person} получил {n3} лет по делу о растрате", "Суд в городе {place} вынес приговор по делу о хищении {n1} миллионов тенге"],
            [
                "Суд в городе {place} огласил приговор в {time}: бывший заместитель акима {person} признан виновным в растрате.",
                "По версии обвинения, из бюджета на ремонт дорог было похищено {n1} миллионов тенге.",
                "{person} получил {n3} лет лишения свободы, свою вину в суде он не признал.",
                "Защита заявила, что обжалует приговор до {day} {month}.",
                "В деле проходят ещё {n2} свидетелей, двое из них работают в подрядной компании из города {place}.",
                "Прокурор просил для обвиняемого более суровое наказание и конфискацию имущества.",
            ]),
        ["kk"] = new(
            ["Әкімнің бұрынғы орынбасары {person} ысырап ету ісі бойынша {n3} жылға сотталды", "{place} қаласындағы сот {n1} миллион теңгені жымқыру ісі бойынша үкім шығарды"],
            [
                "{place} қаласындағы сот үкімді сағат {time} кезінде жариялады: әкімнің бұрынғы орынбасары {person} ысырап етуге кінәлі деп танылды.",
                "Айыптау тарабының нұсқасы бойынша жол жөндеуге бөлінген бюджеттен {n1} миллион теңге ұрланған.",
                "{person} {n3} жылға бас бостандығынан айырылды, ол сотта кінәсін мойындамады.",
                "Қорғау тарабы үкімге {day} {month} күніне дейін шағым беретінін мәлімдеді.",
                "Істе тағы {n2} куә бар, олардың екеуі {place} қаласындағы мердігер компанияның қызметкерлері.",
                "Прокурор айыпталушыға қатаңырақ жаза мен мүлкін тәркілеуді сұраған.",
            ]),
        ["en"] = new(
            ["Former deputy akim {person} gets {n3} years for embezzlement", "Court in {place} rules on theft of {n1} million tenge"],
            [
                "The court in {place} read out its verdict at {time}: former deputy akim {person} was found guilty of embezzlement.",
                "Prosecutors say {n1} million tenge were stolen from the road repair budget.",
                "{person} was sentenced to {n3} years in prison; he did not admit guilt in court.",
                "The defence said it would appeal the verdict by {month} {day}.",
                "The case has {n2} more witnesses, two of them employees of a contractor from {place}.",
                "The prosecutor had asked for a harsher sentence and the confiscation of property.",
            ]),
    });

    public static DemoTopic PressFreedom { get; } = new("press", new Dictionary<string, TopicWording>
    {
        ["ru"] = new(
            ["В городе {place} задержан журналист, писавший об акимате", "Журналиста в городе {place} задержали после публикации о тендерах на {n1} миллионов тенге"],
            [
                "Журналиста местного издания задержали в городе {place} около {time}, сообщили его коллеги.",
                "Накануне он опубликовал расследование о тендерах акимата на {n1} миллионов тенге.",
                "Аким {person} отказался комментировать задержание журналиста.",
                "Редакция требует освободить журналиста, под обращением подписались {n2} коллег из города {place}.",
                "Адвокат рассчитывает, что суд рассмотрит жалобу до {day} {month}.",
                "Правозащитники называют задержание давлением на прессу, журналист провёл в отделе {n3} часов.",
            ]),
        ["kk"] = new(
            ["{place} қаласында әкімдік туралы жазған журналист ұсталды", "{place} қаласында {n1} миллион теңгелік тендерлер туралы жазған журналист ұсталды"],
            [
                "Жергілікті басылымның журналисі {place} қаласында шамамен сағат {time} кезінде ұсталды, деп хабарлады әріптестері.",
                "Бір күн бұрын ол әкімдіктің {n1} миллион теңгелік тендерлері туралы зерттеу жариялаған.",
                "Әкім {person} журналистің ұсталуына қатысты пікір білдіруден бас тартты.",
                "Редакция журналисті босатуды талап етеді, үндеуге {place} қаласының {n2} әріптесі қол қойды.",
                "Адвокат сот шағымды {day} {month} күніне дейін қарайды деп үміттенеді.",
                "Құқық қорғаушылар ұстауды баспасөзге қысым деп атайды, журналист бөлімде {n3} сағат болды.",
            ]),
        ["en"] = new(
            ["Journalist detained in {place} after reporting on the akimat", "Reporter held in {place} after story on {n1} million tenge tenders"],
            [
                "A reporter of a local outlet was detained in {place} at about {time}, his colleagues said.",
                "The day before, he had published an investigation into akimat tenders worth {n1} million tenge.",
                "Akim {person} declined to comment on the journalist's detention.",
                "The newsroom demands his release; {n2} colleagues from {place} have signed an appeal.",
                "His lawyer expects the court to hear the complaint by {month} {day}.",
                "Rights groups call the detention pressure on the press; the journalist spent {n3} hours at the station.",
            ]),
    });

    public static IReadOnlyList<DemoTopic> All { get; } = [Flood, Fire, Court, PressFreedom];
}
