using Watchdog.Extract.Scoring;

namespace Watchdog.Extract.Tests.Scoring;

public class SectionHeadingsTests
{
    [Theory]
    [InlineData("Comments (5)")]
    [InlineData("12 Comments")]
    [InlineData("19 thoughts on “Rebuilding the raised beds along the south fence this spring”")]
    [InlineData("One thought on “A very long post title that goes on and on for many words indeed”")]
    [InlineData("Leave a Reply")]
    [InlineData("Related coverage")]
    [InlineData("You may also like")]
    [InlineData("Most read")]
    [InlineData("Popular")]
    [InlineData("Комментарии (2)")]
    [InlineData("3 комментария к записи «Фермеры начали сев хлопка в этом году раньше обычного»")]
    [InlineData("Читайте также")]
    [InlineData("Похожие новости")]
    [InlineData("Пікірлер")]
    [InlineData("3 пікір")]
    [InlineData("Тағы оқыңыз")]
    [InlineData("Ұқсас жаңалықтар")]
    public void Comment_and_other_story_headings_open_another_section(string heading) =>
        Assert.True(SectionHeadings.OpensOtherSection(heading));

    [Theory]
    [InlineData("Related: Senate passes the budget after a long night")]
    [InlineData("Thoughts on the new budget")]
    [InlineData("Popular uprising spreads to the south")]
    [InlineData("More on the vote later this week")]
    [InlineData("Comment")]
    [InlineData("Discussion")]
    [InlineData("Comments from the minister on the new rules were brief")]
    [InlineData("Что сказали в акимате")]
    public void Subheadings_that_merely_start_alike_do_not(string heading) =>
        Assert.False(SectionHeadings.OpensOtherSection(heading));
}
