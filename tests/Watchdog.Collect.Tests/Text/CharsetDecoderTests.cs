using System.Text;
using Watchdog.Core.Text;

namespace Watchdog.Collect.Tests.Text;

public sealed class CharsetDecoderTests
{
    private const string RussianSentence = "Съешь же ещё этих мягких французских булок, да выпей чаю. Правительство опубликовало новые данные о росте экономики.";

    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Encode(string text, int codePage) => Encoding.GetEncoding(codePage).GetBytes(text);

    [Fact]
    public void Utf8BomWinsOverHeaderAndIsStripped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("привет")];
        var decoded = CharsetDecoder.Decode(body, "text/html; charset=windows-1251");
        Assert.Equal(("привет", "utf-8", CharsetSource.Bom), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void Utf16LittleEndianBomIsDecoded()
    {
        byte[] body = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<p>қазақ</p>")];
        var decoded = CharsetDecoder.Decode(body, null);
        Assert.Equal(("<p>қазақ</p>", "utf-16", CharsetSource.Bom), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void HeaderCharsetDecodesWindows1251()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 1251), "text/html; charset=windows-1251");
        Assert.Equal((RussianSentence, "windows-1251", CharsetSource.Header), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void HeaderCharsetDecodesKoi8R()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 20866), "text/html; charset=KOI8-R");
        Assert.Equal((RussianSentence, "koi8-r", CharsetSource.Header), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void HeaderCharsetAliasCp1251IsUnderstood()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 1251), "text/html; charset=\"cp1251\"");
        Assert.Equal("windows-1251", decoded.Charset);
    }

    [Fact]
    public void MetaCharsetIsUsedWhenHeaderHasNone()
    {
        var html = $"<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>{RussianSentence}</body></html>";
        var decoded = CharsetDecoder.Decode(Encode(html, 1251), "text/html");
        Assert.Equal(("windows-1251", CharsetSource.Meta), (decoded.Charset, decoded.DetectedFrom));
        Assert.Contains(RussianSentence, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MetaHttpEquivContentTypeIsUsed()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>{RussianSentence}</body></html>";
        var decoded = CharsetDecoder.Decode(Encode(html, 20866), null);
        Assert.Equal(("koi8-r", CharsetSource.Meta), (decoded.Charset, decoded.DetectedFrom));
        Assert.Contains(RussianSentence, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void XmlDeclarationEncodingIsUsed()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>{RussianSentence}</title></channel></rss>";
        var decoded = CharsetDecoder.Decode(Encode(xml, 1251), "application/rss+xml");
        Assert.Equal(("windows-1251", CharsetSource.XmlDeclaration), (decoded.Charset, decoded.DetectedFrom));
        Assert.Contains(RussianSentence, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16XmlWithoutBomIsRecognised()
    {
        var decoded = CharsetDecoder.Decode(Encoding.BigEndianUnicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><a>ё</a>"), null);
        Assert.Equal(("utf-16BE", "<a>ё</a>"), (decoded.Charset, decoded.Text[^8..]));
    }

    [Fact]
    public void MetaDeclaringUtf16InAsciiDocumentIsReadAsUtf8()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=utf-16><p>café</p>"), null);
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Contains("café", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredValidUtf8IsSniffedAsUtf8()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes(RussianSentence), null);
        Assert.Equal((RussianSentence, "utf-8", CharsetSource.Sniffed), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void UndeclaredWindows1251IsSniffed()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 1251), null);
        Assert.Equal((RussianSentence, "windows-1251", CharsetSource.Sniffed), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void UndeclaredKoi8RIsSniffed()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 20866), null);
        Assert.Equal((RussianSentence, "koi8-r", CharsetSource.Sniffed), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void UndeclaredWesternEuropeanTextIsSniffedAsWindows1252()
    {
        const string french = "Le café était fermé. Déjà vu à la crème brûlée, naïve façade.";
        var decoded = CharsetDecoder.Decode(Encode(french, 1252), null);
        Assert.Equal((french, "windows-1252", CharsetSource.Sniffed), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void PureAsciiFallsBackToDefaultUtf8()
    {
        var decoded = CharsetDecoder.Decode("plain text"u8, null);
        Assert.Equal(("plain text", "utf-8", CharsetSource.Default), (decoded.Text, decoded.Charset, decoded.DetectedFrom));
    }

    [Fact]
    public void EmptyBodyDecodesToEmptyText()
    {
        var decoded = CharsetDecoder.Decode([], "text/html; charset=utf-8");
        Assert.Equal("", decoded.Text);
    }

    [Fact]
    public void UnknownHeaderCharsetIsIgnoredAndReportedThenSniffed()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 1251), "text/html; charset=x-no-such-charset");
        Assert.Equal(("windows-1251", CharsetSource.Sniffed, "x-no-such-charset"), (decoded.Charset, decoded.DetectedFrom, decoded.IgnoredCharset));
        Assert.Equal(RussianSentence, decoded.Text);
    }

    [Fact]
    public void UnknownHeaderCharsetFallsBackToMetaDeclaration()
    {
        var html = $"<meta charset=koi8-r><p>{RussianSentence}</p>";
        var decoded = CharsetDecoder.Decode(Encode(html, 20866), "text/html; charset=bogus");
        Assert.Equal(("koi8-r", CharsetSource.Meta, "bogus"), (decoded.Charset, decoded.DetectedFrom, decoded.IgnoredCharset));
    }

    [Fact]
    public void Iso88591LabelDecodesAsWindows1252LikeBrowsers()
    {
        byte[] body = [0x93, (byte)'q', 0x94]; // curly quotes exist only in windows-1252
        var decoded = CharsetDecoder.Decode(body, "text/plain; charset=ISO-8859-1");
        Assert.Equal("\u201Cq\u201D", decoded.Text);
    }

    [Fact]
    public void MalformedContentTypeIsTreatedAsAbsent()
    {
        var decoded = CharsetDecoder.Decode(Encode(RussianSentence, 1251), ";;; charset");
        Assert.Equal(("windows-1251", CharsetSource.Sniffed), (decoded.Charset, decoded.DetectedFrom));
    }
}
