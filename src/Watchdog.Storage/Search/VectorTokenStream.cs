using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;

namespace Watchdog.Storage.Search;

/// <summary>
/// A hit's tokens rebuilt from its term vector (positions and offsets), in position order: the same tokens, in the same
/// order, as Lucene's <c>TokenSources.GetTokenStream(Terms)</c> gives, for a fraction of its cost. Lucene's makes a
/// token object per occurrence, converts a term's text once per occurrence and sorts them all by position with a
/// comparer — together the largest part of highlighting a hit; here each term's text is read once and the occurrences
/// are put in place by a counting sort on their positions, which keeps term order within a position as Lucene's stable
/// sort does.
/// </summary>
internal sealed class VectorTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private readonly Occurrence[] _tokens;
    private int _next;

    private VectorTokenStream(Occurrence[] tokens)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _tokens = tokens;
    }

    /// <returns>null when the vector lacks positions or offsets (the text must then be analysed).</returns>
    public static VectorTokenStream? Of(Terms? vector) =>
        vector is { HasPositions: true, HasOffsets: true } ? new VectorTokenStream(InPositionOrder(vector)) : null;

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Length) return false;
        ClearAttributes();
        var token = _tokens[_next];
        _term.SetEmpty().Append(token.Term);
        _increment.PositionIncrement = token.Position - (_next == 0 ? -1 : _tokens[_next - 1].Position);
        _offset.SetOffset(token.Start, token.End);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    private static Occurrence[] InPositionOrder(Terms vector)
    {
        var inTermOrder = new List<Occurrence>();
        var lastPosition = -1;
        var terms = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (terms.MoveNext())
        {
            var text = terms.Term.Utf8ToString();
            positions = terms.DocsAndPositions(null, positions);
            positions.NextDoc();
            for (var i = positions.Freq; i > 0; i--)
            {
                var position = positions.NextPosition();
                inTermOrder.Add(new Occurrence(text, position, positions.StartOffset, positions.EndOffset));
                lastPosition = Math.Max(lastPosition, position);
            }
        }
        // Counting sort: starts[p] is where the occurrences at position p begin; stable, so term order stays within a position.
        var starts = new int[lastPosition + 2];
        foreach (var occurrence in inTermOrder) starts[occurrence.Position + 1]++;
        for (var p = 1; p < starts.Length; p++) starts[p] += starts[p - 1];
        var sorted = new Occurrence[inTermOrder.Count];
        foreach (var occurrence in inTermOrder) sorted[starts[occurrence.Position]++] = occurrence;
        return sorted;
    }

    private readonly record struct Occurrence(string Term, int Position, int Start, int End);
}
