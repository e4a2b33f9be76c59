using AngleSharp.Dom;

namespace Watchdog.Extract.Cleaning;

/// <summary>
/// Visits elements in document order without recursion, so pathologically deep pages cannot overflow
/// the stack. The visitor may remove the element it is given; it returns whether to descend into it.
/// </summary>
public static class ElementWalk
{
    public static void Visit(IElement root, Func<IElement, bool> visitor)
    {
        var current = root.FirstElementChild;
        while (current is not null)
        {
            // Remember the way on before the visitor can detach the element from its siblings.
            var nextSibling = current.NextElementSibling;
            var parent = current.ParentElement;
            var descend = visitor(current);
            if (descend && current.FirstElementChild is { } child)
            {
                current = child;
                continue;
            }
            current = NextAfter(root, nextSibling, parent);
        }
    }

    private static IElement? NextAfter(IElement root, IElement? nextSibling, IElement? parent)
    {
        if (nextSibling is not null) return nextSibling;
        while (parent is not null && !ReferenceEquals(parent, root))
        {
            if (parent.NextElementSibling is { } uncle) return uncle;
            parent = parent.ParentElement;
        }
        return null;
    }
}
