using System.Text;
using AngleSharp.Dom;
using Watchdog.Extract.Cleaning;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// The page as text blocks, the block range of every block-level element that holds any, and the
/// block range of every element that looks like layout furniture.
/// </summary>
public sealed record BlockLayout(IReadOnlyList<TextBlock> Blocks, IReadOnlyList<ElementSpan> Spans, IReadOnlyList<ElementSpan> LayoutSpans)
{
    private Dictionary<IElement, ElementSpan>? _spanOf;

    /// <summary>The block range of an element that holds text, or null; the lookup is built on first use.</summary>
    public ElementSpan? SpanOf(IElement element)
    {
        _spanOf ??= Spans.ToDictionary(s => s.Element, new ElementIdentity());
        return _spanOf.TryGetValue(element, out var span) ? span : null;
    }

    /// <summary>The range of the nearest ancestor of <paramref name="element"/> that holds more blocks than <paramref name="inner"/>.</summary>
    public ElementSpan? EnclosingSpan(IElement element, ElementSpan inner)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (SpanOf(parent) is { } span && span.Count > inner.Count) return span;
        }
        return null;
    }
}

/// <summary>
/// Turns a cleaned body into text blocks: inline text is gathered until a block-level boundary,
/// whitespace collapsed as a browser would. Iterative, so depth is no danger.
/// </summary>
public static class BlockCollector
{
    // Element names come lower-cased from the HTML parser.
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    };

    /// <param name="layoutElements">Elements that look like layout furniture; their block ranges are recorded too.</param>
    /// <summary>
    /// Captions without &lt;figcaption&gt; are the first text after an image in the same box. They are a
    /// sentence or two; a long text beside an image is the article flowing round it.
    /// </summary>
    public const int MaxCaptionLength = 400;

    public static BlockLayout Collect(IElement body, IReadOnlySet<IElement> layoutElements)
    {
        var state = new CollectorState(layoutElements);
        state.EnterBlock(body, 0);
        // Children are visited by position: AngleSharp's NextSibling scans the parent's children from
        // the start, which would make a walk quadratic in the number of siblings.
        var open = new Stack<(INode Node, INodeList Children, int Index)>();
        var children = body.ChildNodes;
        var index = 0;
        INode parent = body;
        while (true)
        {
            if (index >= children.Length)
            {
                if (!open.TryPop(out var outer)) break;
                state.Leave(parent);
                (parent, children, index) = outer;
                continue;
            }
            var node = children[index++];
            // The body is at depth 0, its children at 1.
            var descend = state.Enter(node, open.Count + 1);
            if (descend && node.HasChildNodes)
            {
                open.Push((parent, children, index));
                parent = node;
                children = node.ChildNodes;
                index = 0;
                continue;
            }
            state.Leave(node);
        }
        state.LeaveBlock();
        return new BlockLayout(state.Blocks, state.Spans, state.LayoutSpans);
    }

    private sealed class CollectorState(IReadOnlySet<IElement> layoutElements)
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<(IElement Element, int Start, int Depth)> _layout = new();
        private readonly Stack<(IElement Element, int Start, int Depth)> _open = new();
        private int _linkDepth;
        private int _linkLength;
        private int _preDepth;
        private int _quoteDepth;
        private bool _pendingSpace;
        private IElement? _imageBox;

        public List<TextBlock> Blocks { get; } = [];
        public List<ElementSpan> Spans { get; } = [];
        public List<ElementSpan> LayoutSpans { get; } = [];

        public bool Enter(INode node, int depth)
        {
            if (node is IText text)
            {
                Append(text.Data);
                return false;
            }
            if (node is not IElement element) return false;
            var tag = element.LocalName;
            if (tag == "br")
            {
                AppendBreak();
                return false;
            }
            if (tag is "img" or "picture")
            {
                // Remember where the image sits: the next text in the same box is its caption.
                var parent = element.ParentElement;
                _imageBox = parent?.LocalName == "a" ? parent.ParentElement : parent;
                return false;
            }
            if (BlockTags.Contains(tag))
            {
                Flush();
                EnterBlock(element, depth);
            }
            if (layoutElements.Contains(element))
            {
                Flush();
                _layout.Push((element, Blocks.Count, depth));
            }
            if (tag == "a") _linkDepth++;
            else if (tag == "pre") _preDepth++;
            else if (tag == "blockquote") _quoteDepth++;
            return true;
        }

        public void Leave(INode node)
        {
            if (node is not IElement element) return;
            var tag = element.LocalName;
            if (tag == "a") _linkDepth--;
            else if (tag == "pre") _preDepth--;
            else if (tag == "blockquote") _quoteDepth--;
            if (BlockTags.Contains(tag) && _open.Count > 0 && ReferenceEquals(_open.Peek().Element, element))
            {
                Flush();
                LeaveBlock();
            }
            if (_layout.Count > 0 && ReferenceEquals(_layout.Peek().Element, element))
            {
                Flush();
                var (_, start, depth) = _layout.Pop();
                if (Blocks.Count > start) LayoutSpans.Add(new ElementSpan(element, start, Blocks.Count, depth));
            }
        }

        public void EnterBlock(IElement element, int depth) => _open.Push((element, Blocks.Count, depth));

        public void LeaveBlock()
        {
            Flush();
            var (element, start, depth) = _open.Pop();
            if (Blocks.Count > start) Spans.Add(new ElementSpan(element, start, Blocks.Count, depth));
        }

        private void Append(string data)
        {
            if (_preDepth > 0)
            {
                AppendRaw(data);
                return;
            }
            foreach (var ch in data)
            {
                if (char.IsWhiteSpace(ch))
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }
                if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
                {
                    _text.Append(' ');
                    if (_linkDepth > 0) _linkLength++;
                }
                _pendingSpace = false;
                _text.Append(ch);
                if (_linkDepth > 0) _linkLength++;
            }
        }

        private void AppendRaw(string data)
        {
            _text.Append(data);
            if (_linkDepth > 0) _linkLength += data.Length;
        }

        private void AppendBreak()
        {
            if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
            _pendingSpace = false;
        }

        private void Flush()
        {
            var text = _text.ToString().Trim();
            _text.Clear();
            _pendingSpace = false;
            var linkLength = Math.Min(_linkLength, text.Length);
            _linkLength = 0;
            if (text.Length == 0 || _open.Count == 0) return;
            var owner = _open.Peek().Element;
            var (kind, level) = Classify(owner);
            var besideImage = _imageBox is not null && (ReferenceEquals(_imageBox, owner) || ReferenceEquals(_imageBox, owner.ParentElement));
            _imageBox = null;
            if (kind == BlockKind.Paragraph && text.Length <= MaxCaptionLength && besideImage) kind = BlockKind.Caption;
            if (kind == BlockKind.Paragraph && _quoteDepth > 0) kind = BlockKind.Quote;
            if (kind == BlockKind.Paragraph && _preDepth > 0) kind = BlockKind.Preformatted;
            Blocks.Add(new TextBlock(text, linkLength, kind, level, owner));
        }

        private static (BlockKind Kind, int Level) Classify(IElement owner) => owner.LocalName switch
        {
            "h1" => (BlockKind.Heading, 1),
            "h2" => (BlockKind.Heading, 2),
            "h3" => (BlockKind.Heading, 3),
            "h4" => (BlockKind.Heading, 4),
            "h5" => (BlockKind.Heading, 5),
            "h6" => (BlockKind.Heading, 6),
            "li" or "dd" or "dt" => (BlockKind.ListItem, 0),
            "pre" => (BlockKind.Preformatted, 0),
            "td" or "th" => (BlockKind.TableCell, 0),
            "figcaption" or "caption" => (BlockKind.Caption, 0),
            _ => (BlockKind.Paragraph, 0),
        };
    }
}
