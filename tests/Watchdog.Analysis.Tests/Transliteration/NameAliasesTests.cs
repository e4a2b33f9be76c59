using Watchdog.Analysis.Transliteration;

namespace Watchdog.Analysis.Tests.Transliteration;

public class NameAliasesTests
{
    [Fact]
    public void Cyrillic_name_gets_its_common_latin_spellings()
    {
        var aliases = NameAliases.Generate("Нурсултан Назарбаев");
        Assert.Contains("Nursultan Nazarbayev", aliases);
        Assert.Contains("Nursultan Nazarbaev", aliases);
    }

    [Fact]
    public void Kazakh_name_gets_its_official_latin_spelling()
    {
        Assert.Contains("Qasym-Jomart Toqaev", NameAliases.Generate("Қасым-Жомарт Тоқаев"));
    }

    [Fact]
    public void Latin_name_gets_its_cyrillic_form_and_the_other_romanisations()
    {
        var aliases = NameAliases.Generate("Nazarbayev");
        Assert.Contains("Назарбаев", aliases);
        Assert.Contains("Nazarbaev", aliases);
    }

    [Fact]
    public void Aliases_are_distinct_and_start_with_the_name_as_given()
    {
        var aliases = NameAliases.Generate("  Путин ");
        Assert.Equal("Путин", aliases[0]);
        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Blank_name_has_no_aliases()
    {
        Assert.Empty(NameAliases.Generate("  "));
    }
}
