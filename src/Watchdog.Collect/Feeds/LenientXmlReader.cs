using System.Xml;
using System.Xml.Linq;

namespace Watchdog.Collect.Feeds;

/// <summary>
/// Reads XML into an element tree node by node, so that when the markup breaks (truncated file, mismatched tag)
/// everything read up to that point is kept: the open elements are simply closed where the error happened.
/// </summary>
internal static class LenientXmlReader
{
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    // Internal DTD entities are expanded (feeds declare them), but never fetched from outside, and bounded so an
    // entity-expansion bomb cannot blow up memory.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
    };

    /// <returns>The root element (null when not even that could be read) and the first error, if any.</returns>
    public static (XElement? Root, string? Error) Read(string text)
    {
        XElement? root = null;
        XElement? current = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        CopyAttributes(reader, element);
                        if (current is null) root ??= element;
                        else current.Add(element);
                        if (!reader.IsEmptyElement) current = element;
                        else if (ReferenceEquals(element, root)) return (root, null);
                        break;
                    case XmlNodeType.EndElement:
                        if (ReferenceEquals(current, root)) return (root, null);
                        current = current?.Parent;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        current?.Add(new XText(reader.Value));
                        break;
                }
            }
            return (root, root is null ? "no root element" : null);
        }
        catch (XmlException e)
        {
            return (root, $"{e.Message}");
        }
    }

    private static void CopyAttributes(XmlReader reader, XElement element)
    {
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            if (reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns")) continue;
            var name = reader.NamespaceURI == XmlNs.NamespaceName ? XmlNs + reader.LocalName : XName.Get(reader.LocalName, reader.NamespaceURI);
            element.SetAttributeValue(name, reader.Value);
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
