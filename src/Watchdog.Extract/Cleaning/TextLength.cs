using AngleSharp.Dom;

namespace Watchdog.Extract.Cleaning;

/// <summary>
/// The length of a node's <c>TextContent</c> (all descendant text, whitespace included) without
/// building the string: the cleaner only compares sizes.
/// </summary>
public static class TextLength
{
    public static int Of(INode root)
    {
        var length = 0;
        var pending = new Stack<(INodeList Children, int Index)>();
        var children = root.ChildNodes;
        var index = 0;
        while (true)
        {
            if (index >= children.Length)
            {
                if (!pending.TryPop(out var parentLevel)) return length;
                (children, index) = parentLevel;
                continue;
            }
            var node = children[index++];
            if (node is IText text)
            {
                length += text.Data.Length;
            }
            else if (node.HasChildNodes)
            {
                pending.Push((children, index));
                children = node.ChildNodes;
                index = 0;
            }
        }
    }
}
