using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Watchdog.Analysis.Indexing;
using Watchdog.Analysis.Morphology;

namespace Watchdog.Analysis.Tests.Indexing;

public class LanguageAnalyzersTests
{
    [Theory]
    [InlineData("kk", "Алматы", "Кеше Алматыда жаңа мектеп ашылды.")]
    [InlineData("kk", "Алматы", "Делегация Алматыдан ұшып кетті.")]
    [InlineData("ru", "университет", "Он учился в университетах Европы.")]
    [InlineData("ru", "ёлка", "Елки поставили на площади.")]
    [InlineData("ru", "Назарбаев", "Письмо направили Назарбаеву.")]
    [InlineData("ru", "Назарбаева", "Встреча с Назарбаевой прошла вчера.")]
    [InlineData("ru", "Токаев", "Встреча с Токаевым прошла вчера.")]
    [InlineData("ru", "Путин", "Письмо направили Путину.")]
    [InlineData("en", "bank", "The bank's profits and other banks' losses.")]
    public void Search_for_a_base_form_finds_its_inflected_form(string language, string query, string document)
    {
        Assert.Equal(1, CountHits(language, query, document));
    }

    [Theory]
    [InlineData("ru", "банк", "Бант завязали красиво.")]
    [InlineData("ru", "Путин", "Путь был долгим.")]
    [InlineData("ru", "машина", "Маша пришла домой.")]
    public void Search_does_not_find_an_unrelated_word(string language, string query, string document)
    {
        Assert.Equal(0, CountHits(language, query, document));
    }

    [Theory]
    [InlineData("ru", "Университетах Казахстана")]
    [InlineData("ru", "Назарбаеву, Соловьёвой и Путиным")]
    [InlineData("kk", "Алматыдағы қалалардың мектептерінде")]
    [InlineData("en", "Nazarbayev's banks")]
    [InlineData("de", "Die Häuser")]
    public void Analyzer_terms_equal_the_normalizer_keys_of_the_words(string language, string text)
    {
        var expected = Watchdog.Analysis.Text.Tokenizer.Words(text).Select(word => Normalizer.Stem(word, language));
        Assert.Equal(expected, Terms(LanguageAnalyzers.For(language), text).Select(term => term.Term));
    }

    [Fact]
    public void Offsets_point_at_the_surface_words()
    {
        const string text = "В Алматыда, и в Астане";
        var terms = Terms(LanguageAnalyzers.For("kk"), text);
        Assert.Equal("Алматыда", text[terms[1].Start..terms[1].End]);
    }

    private static List<(string Term, int Start, int End)> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    private static int CountHits(string language, string query, string document)
    {
        using var analyzer = LanguageAnalyzers.For(language);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, analyzer)))
        {
            writer.AddDocument([new TextField("body", document, Field.Store.NO)]);
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var queryTerm = Terms(analyzer, query).Single().Term;
        return searcher.Search(new TermQuery(new Term("body", queryTerm)), 10).TotalHits;
    }
}
