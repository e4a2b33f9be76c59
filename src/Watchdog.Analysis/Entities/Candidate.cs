namespace Watchdog.Analysis.Entities;

/// <summary>Words that may be one name, with what the words around them said about its kind.</summary>
/// <param name="Words">Consecutive words of the text, titles and legal forms left out.</param>
/// <param name="PersonCue">A title or role stands next to it (президент, Mr, әкімі).</param>
/// <param name="OrganizationCue">A legal form or an organisation word stands next to it (ТОО, компания), or it was quoted.</param>
internal sealed record Candidate(IReadOnlyList<Word> Words, bool PersonCue, bool OrganizationCue)
{
    public int Start => Words[0].Start;

    public int End => Words[^1].End;

    public IReadOnlyList<string> Normals => [.. Words.Select(w => w.Normal)];
}
