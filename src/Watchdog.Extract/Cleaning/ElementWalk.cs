using AngleSharp.Dom;

namespace Watchdog.Extract.Cleaning;

/// <summary>
/// Visits elements in document order without recursion, so pathologically deep pages cannot overflow
/// the stack. The visitor may remove the element it is given; it returns whether to descend into it.
/// Children are visited by position in their parent's child list: AngleSharp finds a node's next
/// sibling by scanning the parent's children from the start, which makes a sibling walk quadratic
/// in the number of children (a list of thousands of items, a page of thousands of paragraphs).
/// </summary>
public static class ElementWalk
{
    public static void Visit(IElement root, Func<IElement, bool> visitor)
    {
        var pending = new Stack<(INodeList Children, int Index)>();
        var children = root.ChildNodes;
        var index = 0;
        while (true)
        {
            if (index >= children.Length)
            {
                if (!pending.TryPop(out var parentLevel)) return;
                (children, index) = parentLevel;
                continue;
            }
            if (children[index] is not IElement element)
            {
                index++;
                continue;
            }
            var descend = visitor(element);
            // When the visitor removed the element, its next sibling has moved into its place.
            if (index < children.Length && ReferenceEquals(children[index], element)) index++;
            if (descend && element.HasChildNodes)
            {
                pending.Push((children, index));
                children = element.ChildNodes;
                index = 0;
            }
        }
    }
}
